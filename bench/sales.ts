/**
 * Sales report benchmark (issue 8): a company with BENCH_LINES order lines (default 5,000,000) over
 * two years, 20,000 SKUs, 30 channels and the 31 provinces. Prints, for the month × channel report
 * over two years and each dashboard query, the p95 served from the rollups (the report service
 * itself) beside the same figures computed directly from the order lines, which the rollups must beat.
 *
 *   npm run bench:sales                                   SQLite (temp file)
 *   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:sales    PostgreSQL as well
 * Env: BENCH_LINES (5000000), BENCH_RUNS (20), BENCH_KEEP_DB (keep the SQLite file to try queries on),
 * BENCH_SKIP_SQLITE (PostgreSQL only).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { createDb, migrateLatest, type Db } from '../server/src/db/knex';
import { createOrganization } from '../server/src/db/organizations';
import { PROVINCES } from '../shared/provinces';
import { COUNTED_STATUSES, salesDay } from '../shared/sales';
import { salesReport } from '../server/src/modules/reports/sales-report';
import { rebuildRollups } from '../server/src/modules/orders/rollups';
import { inTimeZone } from '../server/src/http/request-time-zone';
import type { ServiceContext } from '../server/src/http/context';

const LINES = Number(process.env.BENCH_LINES ?? 5_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const SKUS = 20_000;
const CHANNELS = 30;
const DAY_MS = 86_400_000;
const TZ = 'Asia/Shanghai';

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/** Two years of orders (1–3 lines each) written straight into the tables, then the rollups rebuilt. */
async function generate(db: Db): Promise<{ orgId: number; today: string }> {
  const random = rng(8);
  const orgId = await createOrganization(db, { name: 'Sales Bench Pharma', kind: 'manufacturer' });
  const now = new Date().toISOString();
  const stamp = { org_id: orgId, version: 1, created_at: now, updated_at: now };
  const channels = Array.from({ length: CHANNELS }, (_, i) => ({
    ...stamp, name: `渠道${i}`, code: `CH${i}`, type: i < 20 ? 'online' : 'offline', platform: i < 20 ? 'jd' : 'distributor', commission_rate: 0.05, active: true,
  }));
  await db.batchInsert('channels', channels, 100);
  const channelIds = (await db('channels').where('org_id', orgId).orderBy('id').pluck('id')).map(Number);
  const [product] = await db('products').insert({ ...stamp, generic_name: '基准药', dosage_form: '片剂', strength: '10mg', rx_class: 'otc_a', storage: 'ambient', manufacturer: 'Bench', approval_number: '国药准字H20000001' }).returning('id');
  const productId = typeof product === 'object' ? product.id : product;
  const skus = Array.from({ length: SKUS }, (_, i) => ({
    ...stamp, product_id: productId, code: `S${i}`, name: `SKU ${i}`, pack_desc: '10片', units_per_pack: 10, unit: '片', channel_scope: 'all', guide_price: 1000 + (i % 500) * 10, status: 'active',
  }));
  await db.batchInsert('skus', skus, 500);
  const skuIds = (await db('skus').where('org_id', orgId).orderBy('id').pluck('id')).map(Number);

  const end = Date.now();
  const start = end - 730 * DAY_MS;
  const [{ maxId }] = await db('orders').max({ maxId: 'id' });
  let orderId = Number(maxId ?? 0);
  let lines = 0;
  const started = performance.now();
  while (lines < LINES) {
    const orders: Record<string, unknown>[] = [];
    const lineRows: Record<string, unknown>[] = [];
    for (let k = 0; k < 2000 && lines < LINES; k++) {
      const id = ++orderId;
      const at = new Date(start + random() * (end - start)).toISOString();
      const count = 1 + Math.floor(random() * 3);
      let total = 0;
      for (let n = 1; n <= count; n++) {
        const qty = 1 + Math.floor(random() * 5);
        const unit = 1000 + Math.floor(random() * 5000);
        total += qty * unit;
        lineRows.push({ org_id: orgId, order_id: id, line_no: n, sku_id: skuIds[Math.floor(random() * skuIds.length)], qty, unit_price: unit, amount: qty * unit, promotion_id: null });
      }
      lines += count;
      const r = random();
      orders.push({
        id, org_id: orgId, channel_id: channelIds[Math.floor(random() * channelIds.length)], order_no: `B${id}`, flow: 'sell_in', ordered_at: at, sales_day: salesDay(at, TZ),
        status: r < 0.03 ? 'cancelled' : r < 0.04 ? 'refunded' : 'completed', customer_name: null, customer_ref: null, customer_type: 'consumer',
        province: PROVINCES[Math.floor(random() * PROVINCES.length)], city: null, source: 'api', total, version: 1, created_at: now, updated_at: now,
      });
    }
    await db.transaction(async (trx) => {
      await trx.batchInsert('orders', orders, 500);
      await trx.batchInsert('order_lines', lineRows, 500);
    });
    if (lines % 500_000 < 6000) process.stdout.write(`  ${lines.toLocaleString('en-US')} lines (${((performance.now() - started) / 1000).toFixed(0)} s)\r`);
  }
  if (db.client.config.client === 'pg') await db.raw("SELECT setval(pg_get_serial_sequence('orders', 'id'), (SELECT MAX(id) FROM orders))");
  const rollupStart = performance.now();
  await rebuildRollups(db, orgId);
  console.log(`\n  generated ${lines.toLocaleString('en-US')} lines in ${((performance.now() - started) / 1000).toFixed(0)} s; rollups rebuilt in ${((performance.now() - rollupStart) / 1000).toFixed(1)} s`);
  await db.raw(db.client.config.client === 'pg' ? 'VACUUM ANALYZE' : 'ANALYZE');
  return { orgId, today: salesDay(new Date(end).toISOString(), TZ) };
}

const counted = COUNTED_STATUSES.map((s) => `'${s}'`).join(', ');

interface Case { label: string; report: Record<string, unknown>; raw: (orgId: number) => string }

function cases(today: string): Case[] {
  const monthStart = `${today.slice(0, 7)}-01`;
  const twoYears = new Date(Date.parse(`${today}T00:00:00Z`) - 729 * DAY_MS).toISOString().slice(0, 10);
  const trendFrom = new Date(Date.parse(`${today}T00:00:00Z`) - 29 * DAY_MS).toISOString().slice(0, 10);
  const base = (orgId: number, gte: string, lte: string) =>
    `FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.org_id = ${orgId} AND o.flow = 'sell_in' AND o.status IN (${counted}) AND o.sales_day >= '${gte}' AND o.sales_day <= '${lte}'`;
  return [
    {
      label: 'month × channel, two years',
      report: { group_by: 'month,channel_id', filter: JSON.stringify({ date_gte: twoYears, date_lte: today }) },
      raw: (org) => `SELECT substr(o.sales_day, 1, 7) AS m, o.channel_id, SUM(l.qty), SUM(l.amount), COUNT(DISTINCT o.id) ${base(org, twoYears, today)} GROUP BY substr(o.sales_day, 1, 7), o.channel_id`,
    },
    {
      label: 'dashboard: today',
      report: { group_by: '', filter: JSON.stringify({ date_gte: today, date_lte: today }) },
      raw: (org) => `SELECT SUM(l.qty), SUM(l.amount), COUNT(DISTINCT o.id) ${base(org, today, today)}`,
    },
    {
      label: 'dashboard: this month',
      report: { group_by: '', filter: JSON.stringify({ date_gte: monthStart, date_lte: today }) },
      raw: (org) => `SELECT SUM(l.qty), SUM(l.amount), COUNT(DISTINCT o.id) ${base(org, monthStart, today)}`,
    },
    {
      label: 'dashboard: 30-day trend',
      report: { group_by: 'day', filter: JSON.stringify({ date_gte: trendFrom, date_lte: today }) },
      raw: (org) => `SELECT o.sales_day, SUM(l.qty), SUM(l.amount), COUNT(DISTINCT o.id) ${base(org, trendFrom, today)} GROUP BY o.sales_day`,
    },
    {
      label: 'dashboard: online/offline mix',
      report: { group_by: 'channel_type', filter: JSON.stringify({ date_gte: monthStart, date_lte: today }) },
      raw: (org) => `SELECT c.type, SUM(l.qty), SUM(l.amount), COUNT(DISTINCT o.id) ${base(org, monthStart, today).replace('WHERE', 'JOIN channels c ON c.id = o.channel_id WHERE')} GROUP BY c.type`,
    },
    {
      label: 'dashboard: top 10 SKUs',
      report: { group_by: 'sku_id', filter: JSON.stringify({ date_gte: monthStart, date_lte: today }), limit: '10' },
      raw: (org) => `SELECT l.sku_id, SUM(l.qty), SUM(l.amount) AS a ${base(org, monthStart, today)} GROUP BY l.sku_id ORDER BY a DESC LIMIT 10`,
    },
  ];
}

async function measure(label: string, db: Db, orgId: number, today: string) {
  const ctx = { db, user: { userId: 0, orgId, role: 'manager', email: 'bench', name: 'bench', locale: 'en', timeZone: TZ } } as ServiceContext;
  const rows: string[] = [];
  for (const c of cases(today)) {
    const fromRollups: number[] = [];
    const fromLines: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      await inTimeZone(TZ, () => salesReport(ctx, c.report));
      fromRollups.push(performance.now() - t);
      if (i < Math.max(3, Math.ceil(RUNS / 4))) {
        t = performance.now();
        await db.raw(c.raw(orgId));
        fromLines.push(performance.now() - t);
      }
    }
    rows.push(`${label.padEnd(12)}${c.label.padEnd(32)}${`${p95(fromRollups).toFixed(1)} ms`.padStart(12)}${`${p95(fromLines).toFixed(1)} ms`.padStart(14)}${`${(p95(fromLines) / p95(fromRollups)).toFixed(0)}×`.padStart(8)}`);
  }
  return rows;
}

/** Migrates a fresh database, fills it and measures it; closes it either way. */
async function generateAndMeasure(label: string, db: Db): Promise<string[]> {
  try {
    await migrateLatest(db);
    console.log(`${label}:`);
    const { orgId, today } = await generate(db);
    return await measure(label, db, orgId, today);
  } finally {
    await db.destroy();
  }
}

async function main() {
  console.log(`${LINES.toLocaleString('en-US')} order lines over two years, ${SKUS} SKUs, ${CHANNELS} channels, 31 provinces; p95 of ${RUNS} runs; ${os.cpus().length} cores`);
  const out: string[] = [];
  if (!process.env.BENCH_SKIP_SQLITE) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rx-sales-bench-'));
    try {
      out.push(...(await generateAndMeasure('SQLite', createDb(`file:${path.join(dir, 'sales.db')}`))));
    } finally {
      if (process.env.BENCH_KEEP_DB) console.log(`kept ${path.join(dir, 'sales.db')}`);
      else fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  if (process.env.BENCH_PG_URL) {
    const name = `rx_sales_bench_${process.pid}`;
    const admin = knexFactory({ client: 'pg', connection: process.env.BENCH_PG_URL });
    await admin.raw(`CREATE DATABASE ${name}`);
    try {
      out.push(...(await generateAndMeasure('PostgreSQL', createDb(process.env.BENCH_PG_URL.replace(/\/[^/]*$/, `/${name}`)))));
    } finally {
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    }
  }
  console.log(`\n${'database'.padEnd(12)}${'query'.padEnd(32)}${'rollups p95'.padStart(12)}${'order lines p95'.padStart(14)}${'faster'.padStart(8)}`);
  for (const row of out) console.log(row);
  console.log('Targets: month × channel over two years ≤ 50 ms; each dashboard query ≤ 100 ms; both beating the order lines.');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
