import { createDb } from '../server/src/db/knex';
import { ingestObservations } from '../server/src/modules/compliance/ingest-observations';
async function main() {
  const db = createDb(`file:${process.argv[2]}`);
  const starts = new Map<string, number>();
  const slow: [number, string][] = [];
  db.on('query', (q: { __knexQueryUid: string }) => starts.set(q.__knexQueryUid, performance.now()));
  db.on('query-response', (_r: unknown, q: { __knexQueryUid: string; sql: string }) => slow.push([performance.now() - starts.get(q.__knexQueryUid)!, q.sql.slice(0, 100)]));
  const channel = await db('channels').where({ code: 'JD' }).first('id', 'org_id', 'code', 'type');
  const skus = await db('skus').orderBy('id').limit(20000).select('code', 'guide_price');
  let n = 0;
  const start = Date.now() - 10 * 86400000;
  let total = 0;
  for (let b = 0; b < 6; b++) {
    const observations = Array.from({ length: 10000 }, () => {
      const s = skus[(n * 7919) % skus.length];
      n++;
      return { sku_code: s.code, price: Math.round(Number(s.guide_price) * (0.8 + (n % 30) / 100)) / 100, observed_at: new Date(start + n * 1000).toISOString(), store_name: `店铺${n % 400}`, shop_id: `S${n % 400}`, url: 'https://item.example.com/x', external_id: `p${Date.now()}-${n}` };
    });
    const body = JSON.parse(JSON.stringify({ observations }));
    const t = performance.now();
    await ingestObservations(db, channel, body);
    const ms = performance.now() - t;
    if (b > 0) total += ms;
    console.log('batch', Math.round(ms), 'ms');
  }
  console.log('rate', Math.round(50000 / (total / 1000)), '/s');
  const agg = new Map<string, [number, number]>();
  for (const [ms, sql] of slow) { const k = sql.slice(0, 80); const a = agg.get(k) ?? [0, 0]; agg.set(k, [a[0] + ms, a[1] + 1]); }
  for (const [k, [ms, c]] of [...agg].sort((a, b) => b[1][0] - a[1][0]).slice(0, 14)) console.log(Math.round(ms), c, k);
  await db.destroy();
}
main();
