/**
 * Price compliance benchmark (issue 10), against the real server started here: a company with 20,000
 * SKUs (12- and 24-unit packs), 10 channels (3 company-operated) with listed prices and policies, and
 * 100,000 watched listings (each SKU on 5 stores):
 *   - ingest: BENCH_OBSERVATIONS (default 1,000,000) observations through POST /api/ingest/observations
 *     in batches of 10,000 from 2 clients, each judged before it answers (target ≥ 20,000/s on SQLite);
 *   - the full re-evaluation, POST /api/compliance/reevaluate (target ≤ 5 s);
 *   - the dashboard's queries: the summary, violation lists and the seller roll-up (target ≤ 100 ms each, p95).
 *
 *   npm run bench:compliance                                   SQLite (temp file)
 *   BENCH_DATABASE_URL=postgres://… npm run bench:compliance   PostgreSQL (an empty database)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import { createDb, migrateLatest } from '../server/src/db/knex';
import { createOrganization, insertUser } from '../server/src/db/organizations';
import { hashPassword } from '../server/src/modules/auth/passwords';
import { rebuildCurrentPrices } from '../server/src/modules/pricing/current-prices';
import { freePort, startServer, stopServer } from './server';

const OBSERVATIONS = Number(process.env.BENCH_OBSERVATIONS ?? 1_000_000);
const SKUS = 20_000;
const STORES_PER_SKU = 5;
const BATCH = 10_000;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 2);
const RUNS = 20;
const DAY_MS = 86_400_000;
const PASSWORD = 'bench-compliance-pass';

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/** The catalogue, channels, policies and listed prices, written straight into the tables. */
async function seed(databaseUrl: string) {
  const db = createDb(databaseUrl);
  await migrateLatest(db);
  const orgId = await createOrganization(db, { name: '合规压测药业', kind: 'manufacturer' });
  await insertUser(db, { org_id: orgId, email: 'manager@bench.test', name: 'Bench manager', role: 'manager', password_hash: await hashPassword(PASSWORD) });
  await insertUser(db, { org_id: orgId, email: 'admin@bench.test', name: 'Bench admin', role: 'admin', password_hash: await hashPassword(PASSWORD) });
  const now = new Date().toISOString();
  const stamp = { org_id: orgId, version: 1, created_at: now, updated_at: now };
  const channels = [
    ...['TMALL-FLAG', 'MINI', 'PDD-FLAG'].map((code) => ({ code, type: 'online', platform: 'own_store', operated_by: 'company' })),
    ...['JD', 'ALIHEALTH', 'MEITUAN', 'YSB'].map((code) => ({ code, type: 'online', platform: 'jd', operated_by: 'partner' })),
    ...['DIST-N', 'DIST-E', 'CHAIN'].map((code) => ({ code, type: 'offline', platform: 'distributor', operated_by: 'partner' })),
  ].map((c) => ({ ...stamp, ...c, name: c.code, audience: 'b2c', commission_rate: 0.05, active: true }));
  await db.batchInsert('channels', channels, 100);
  const channelRows: { id: number; code: string; type: string }[] = await db('channels').where('org_id', orgId).orderBy('id').select('id', 'code', 'type');
  const products = Array.from({ length: SKUS / 2 }, (_, i) => ({
    ...stamp, generic_name: `基准药${i}`, dosage_form: '片剂', strength: '10mg', rx_class: 'otc_a', storage: 'ambient', manufacturer: 'Bench', approval_number: '国药准字H20000001',
  }));
  await db.batchInsert('products', products, 500);
  const productIds = (await db('products').where('org_id', orgId).orderBy('id').pluck('id')).map(Number);
  // Each product in a 12-unit online pack and a 24-unit pack sold everywhere.
  const skus = productIds.flatMap((productId, i) => [12, 24].map((units) => ({
    ...stamp, product_id: productId, code: `C${i}-${units}`, name: `基准药${i} ×${units}`, pack_desc: `×${units}`, units_per_pack: units, unit: '片',
    channel_scope: units === 12 ? 'online' : 'all', guide_price: (1000 + (i % 400) * 10) * (units / 12), status: 'active',
  })));
  await db.batchInsert('skus', skus, 500);
  const skuRows: { id: number; units_per_pack: number; guide_price: number; channel_scope: string }[] = await db('skus').where('org_id', orgId).orderBy('id')
    .select('id', 'units_per_pack', 'guide_price', 'channel_scope');
  await db.batchInsert('price_policies', skuRows.map((s) => ({ ...stamp, sku_id: s.id, control_price: Math.round(Number(s.guide_price) * 0.9), promo_floor_price: Math.round(Number(s.guide_price) * 0.8) })), 500);
  const prices = skuRows.flatMap((s) => channelRows.filter((c) => s.channel_scope === 'all' || c.type === 'online').slice(0, 4).map((c) => ({
    ...stamp, sku_id: s.id, channel_id: c.id, price: Math.round(Number(s.guide_price) * 0.95), effective_from: new Date(Date.now() - 30 * DAY_MS).toISOString(),
    effective_to: null, status: 'approved', approval_reason: 'first_price', kind: 'price',
  })));
  await db.batchInsert('channel_prices', prices, 500);
  const t0 = performance.now();
  await rebuildCurrentPrices(db, orgId); // judges every listed price once
  const firstJudgement = (performance.now() - t0) / 1000;
  await db.destroy();
  return { skus: skuRows, channels: channelRows, firstJudgement, cells: prices.length };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxc-compliance-bench-'));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dir, 'bench.db')}`;
  const { skus, channels, firstJudgement, cells } = await seed(databaseUrl);
  const port = await freePort();
  const server = await startServer(databaseUrl, port, false);
  const base = `http://127.0.0.1:${port}/api`;
  try {
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@bench.test', password: PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const call = async (url: string, body?: unknown) => {
      const r = await fetch(`${base}${url}`, { method: body === undefined ? 'GET' : 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
      return r.json();
    };
    const online = channels.filter((c) => c.type === 'online');
    const keys = new Map<number, string>();
    for (const c of online) keys.set(c.id, (await call(`/channels/${c.id}/api-key`, {})).key);

    // 100,000 listings: each SKU on 5 stores of the online channels; prices around the listed one, ~8% below control.
    const random = rng(10);
    const codes = new Map<number, string>();
    let i = 0;
    for (const s of skus) codes.set(s.id, `C${Math.floor(i++ / 2)}-${s.units_per_pack}`);
    const listings = skus.flatMap((s) => Array.from({ length: STORES_PER_SKU }, (_, k) => {
      const channel = online[(s.id + k) % online.length];
      return { channel: channel.id, sku: codes.get(s.id)!, guide: Number(s.guide_price), store: `店铺${(s.id * 7 + k) % 400}`, shop: `S${(s.id * 7 + k) % 400}` };
    }));
    const start = Date.now() - 90 * DAY_MS;
    const batches: { key: string; body: string }[] = [];
    const byChannel = new Map<number, unknown[]>();
    const flush = (channelId: number) => {
      const list = byChannel.get(channelId) ?? [];
      if (list.length) batches.push({ key: keys.get(channelId)!, body: JSON.stringify({ observations: list }) });
      byChannel.set(channelId, []);
    };
    for (let n = 0; n < OBSERVATIONS; n++) {
      const l = listings[Math.floor(random() * listings.length)];
      const factor = random() < 0.08 ? 0.8 + random() * 0.09 : 0.9 + random() * 0.15;
      const list = byChannel.get(l.channel) ?? [];
      list.push({
        sku_code: l.sku, price: Math.round(l.guide * factor) / 100, observed_at: new Date(start + (n / OBSERVATIONS) * 90 * DAY_MS).toISOString(),
        store_name: l.store, shop_id: l.shop, url: `https://item.example.com/${l.shop}/${l.sku}`, external_id: `b${n}`,
      });
      byChannel.set(l.channel, list);
      if (list.length >= BATCH) flush(l.channel);
    }
    for (const c of online) flush(c.id);

    // Idle connections are dropped after 1 s, well inside the server's 5 s keep-alive: a POST is never
    // sent down a connection the server is closing (undici does not retry a POST; one run died of EPIPE).
    const ingestAgent = new Agent({ keepAliveTimeout: 1_000, keepAliveMaxTimeout: 1_000 });
    let next = 0;
    let ingested = 0;
    const batchTimes: number[] = [];
    const ingestStart = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, async () => {
      while (next < batches.length) {
        const batch = batches[next++];
        const t = performance.now();
        const r = await undiciFetch(`${base}/ingest/observations`, { method: 'POST', headers: { 'X-Api-Key': batch.key, 'Content-Type': 'application/json' }, body: batch.body, dispatcher: ingestAgent });
        if (!r.ok) throw new Error(`ingest ${r.status} ${await r.text()}`);
        ingested += ((await r.json()) as { created: number }).created;
        batchTimes.push(performance.now() - t);
      }
    }));
    const ingestSeconds = (performance.now() - ingestStart) / 1000;

    const reevaluated = await call('/compliance/reevaluate', {});
    const again = await call('/compliance/reevaluate', {});

    const queries: Record<string, string> = {
      summary: '/compliance/summary',
      'violations, open, newest': `/violations?filter=${encodeURIComponent(JSON.stringify({ status: 'open' }))}&range=[0,24]`,
      'violations, parity, high': `/violations?filter=${encodeURIComponent(JSON.stringify({ kind: 'parity', severity: 'high' }))}&range=[0,24]`,
      'violations of one seller': `/violations?filter=${encodeURIComponent(JSON.stringify({ seller_id: 5 }))}&range=[0,24]`,
      'sellers roll-up': '/sellers?range=[0,24]',
      'observations, newest': '/price-observations?range=[0,24]',
      'observations of one SKU': `/price-observations?filter=${encodeURIComponent(JSON.stringify({ sku_id: skus[SKUS / 2].id }))}&range=[0,24]`,
      'observations of one store': `/price-observations?filter=${encodeURIComponent(JSON.stringify({ seller_id: 5 }))}&range=[0,24]`,
    };
    const timings: Record<string, number> = {};
    for (const [name, url] of Object.entries(queries)) {
      const times: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const t = performance.now();
        await call(url);
        times.push(performance.now() - t);
      }
      timings[name] = p95(times);
    }
    const summary = await call('/compliance/summary');

    const db = databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
    console.log(`price compliance on ${db} (${os.cpus().length} cores): ${SKUS.toLocaleString('en-US')} SKUs, ${cells.toLocaleString('en-US')} listed prices, ${listings.length.toLocaleString('en-US')} watched listings`);
    console.log(`first judgement of every listed price: ${firstJudgement.toFixed(1)} s`);
    console.log(`ingest: ${ingested.toLocaleString('en-US')} observations in ${ingestSeconds.toFixed(1)} s = ${Math.round(ingested / ingestSeconds).toLocaleString('en-US')}/s `
      + `(batches of ${BATCH.toLocaleString('en-US')} from ${CLIENTS} clients, p95 ${Math.round(p95(batchTimes))} ms per batch; target ≥ 20,000/s on SQLite)`);
    console.log(`full re-evaluation: ${(reevaluated.ms / 1000).toFixed(2)} s for ${reevaluated.evaluated.toLocaleString('en-US')} prices and sightings; again (nothing changed) ${(again.ms / 1000).toFixed(2)} s, opened ${again.opened} (target ≤ 5 s)`);
    for (const [name, ms] of Object.entries(timings)) console.log(`  ${name.padEnd(28)} p95 ${ms.toFixed(1)} ms (target ≤ 100 ms)`);
    console.log(`state: ${summary.open_total.toLocaleString('en-US')} open violations, compliance rate ${summary.compliance_rate}% of ${summary.observations.toLocaleString('en-US')} observations`);
  } finally {
    await stopServer(server);
    if (!process.env.BENCH_KEEP_DB) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
