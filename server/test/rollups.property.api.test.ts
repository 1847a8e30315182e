import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isCounted } from '../../shared/sales';
import { rebuildRollups } from '../src/modules/orders/rollups';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown>;

const RUNS = Number(process.env.ROLLUP_RUNS ?? 8);
const PROVINCES = ['广东', '北京市', null];
const STATUSES = ['paid', 'shipped', 'completed', 'cancelled', 'refunded'];
const TYPES = ['consumer', 'pharmacy', 'hospital'];
/** Instants around the Shanghai midnight, so day bucketing is exercised at its edge, the last one in the next month. */
const INSTANTS = ['2026-06-01T15:59:00Z', '2026-06-01T16:00:00Z', '2026-06-02T03:00:00Z', '2026-06-02T16:30:00Z', '2026-06-30T16:30:00Z'];

type Op =
  | { kind: 'create'; at: number; province: number; status: number; type: number; lines: { sku: number; qty: number; price: number }[] }
  | { kind: 'update'; pick: number; at: number; province: number; status: number; lines: { sku: number; qty: number; price: number }[] | null }
  | { kind: 'delete'; pick: number }
  | { kind: 'import'; flavor: 'orders' | 'sell_through'; replace: boolean; rows: { no: number; at: number; province: number; status: number; type: number; sku: number; qty: number; price: number }[] };

const line = fc.record({ sku: fc.nat(2), qty: fc.integer({ min: 1, max: 5 }), price: fc.integer({ min: 0, max: 5000 }) });
const lines = fc.array(line, { minLength: 1, maxLength: 3 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), at: fc.nat(4), province: fc.nat(2), status: fc.nat(4), type: fc.nat(2), lines }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), at: fc.nat(4), province: fc.nat(2), status: fc.nat(4), lines: fc.option(lines, { nil: null }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      flavor: fc.constantFrom('orders' as const, 'sell_through' as const),
      replace: fc.boolean(),
      rows: fc.array(fc.record({
        no: fc.nat(4), at: fc.nat(4), province: fc.nat(2), status: fc.nat(4), type: fc.nat(2), sku: fc.nat(2), qty: fc.integer({ min: 1, max: 5 }), price: fc.integer({ min: 0, max: 5000 }),
      }), { minLength: 1, maxLength: 6 }),
    }),
  },
);

const SKU_CODES = ['IBU-20', 'AMX-12', 'IBU-50'];
const IMPORT_HEADER = 'no,at,status,type,province,sku,qty,price';
/**
 * A sales file of the op's rows. Order numbers come from a small pool (platform orders share them
 * with orders entered by hand, so an import also changes those); an order's own fields come from
 * its first row, as a real export writes them.
 */
function importFile(o: Extract<Op, { kind: 'import' }>): string {
  const heads = new Map<number, (typeof o.rows)[number]>();
  const body = o.rows.map((r) => {
    const h = heads.get(r.no) ?? r;
    heads.set(r.no, h);
    const no = o.flavor === 'orders' ? `P-${r.no + 1}` : `D-${r.no}`;
    return [no, INSTANTS[h.at], STATUSES[h.status], TYPES[h.type], PROVINCES[h.province] ?? '', SKU_CODES[r.sku], r.qty, (r.price / 100).toFixed(2)].join(',');
  });
  return [IMPORT_HEADER, ...body].join('\n');
}
const IMPORT_MAPPING = { order_no: 'no', doc_no: 'no', ordered_at: 'at', status: 'status', customer_type: 'type', province: 'province', sku: 'sku', qty: 'qty', unit_price: 'price', customer_name: 'no' };

/** The rollups computed from scratch, in plain code, from the stored orders and lines. */
async function expectedFrom(t: TestApp, orgId: number) {
  const db = t.database.db;
  const orders: Row[] = await db('orders').where('org_id', orgId).select();
  const orderLines: Row[] = await db('order_lines').where('org_id', orgId).select();
  const byLine = new Map<string, { qty: number; amount: number; lines: number; orders: Set<number> }>();
  const byOrder = new Map<string, { orders: number; amount: number; qty: number }>();
  const byChannel = new Map<string, { orders: number; amount: number; qty: number }>();
  const byMonth = new Map<string, { qty: number; amount: number; lines: number }>();
  const qtyOf = new Map<number, number>();
  for (const l of orderLines) qtyOf.set(Number(l.order_id), (qtyOf.get(Number(l.order_id)) ?? 0) + Number(l.qty));
  const orderById = new Map(orders.map((o) => [Number(o.id), o]));
  for (const l of orderLines) {
    const o = orderById.get(Number(l.order_id))!;
    if (!isCounted(o.status as string)) continue;
    const key = [o.sales_day, l.sku_id, o.channel_id, o.province ?? '', o.customer_type, l.promotion_id ?? 0, o.flow].join('|');
    const sums = byLine.get(key) ?? { qty: 0, amount: 0, lines: 0, orders: new Set<number>() };
    sums.qty += Number(l.qty);
    sums.amount += Number(l.amount);
    sums.lines += 1;
    sums.orders.add(Number(o.id));
    byLine.set(key, sums);
    const monthKey = [String(o.sales_day).slice(0, 7), l.sku_id, o.flow].join('|');
    const month = byMonth.get(monthKey) ?? { qty: 0, amount: 0, lines: 0 };
    month.qty += Number(l.qty);
    month.amount += Number(l.amount);
    month.lines += 1;
    byMonth.set(monthKey, month);
  }
  for (const o of orders) {
    if (!isCounted(o.status as string)) continue;
    for (const [map, key] of [
      [byOrder, [o.sales_day, o.channel_id, o.province ?? '', o.customer_type, o.flow].join('|')],
      [byChannel, [o.sales_day, o.channel_id, o.flow].join('|')],
    ] as const) {
      const sums = map.get(key) ?? { orders: 0, amount: 0, qty: 0 };
      sums.orders += 1;
      sums.amount += Number(o.total);
      sums.qty += qtyOf.get(Number(o.id)) ?? 0;
      map.set(key, sums);
    }
  }
  return {
    lines: Object.fromEntries([...byLine].map(([k, s]) => [k, { qty: s.qty, amount: s.amount, lines: s.lines, orders: s.orders.size }])),
    orders: Object.fromEntries(byOrder),
    channels: Object.fromEntries(byChannel),
    months: Object.fromEntries(byMonth),
  };
}

async function storedRollups(t: TestApp, orgId: number) {
  const db = t.database.db;
  const lines = await db('sales_daily').where('org_id', orgId).select();
  const orders = await db('sales_daily_orders').where('org_id', orgId).select();
  const channels = await db('sales_daily_channel').where('org_id', orgId).select();
  const months = await db('sales_monthly_sku').where('org_id', orgId).select();
  return {
    lines: Object.fromEntries(lines.map((r: Row) => [
      [r.day, r.sku_id, r.channel_id, r.province, r.customer_type, r.promotion_id, r.flow].join('|'),
      { qty: Number(r.qty), amount: Number(r.amount), lines: Number(r.lines), orders: Number(r.orders) },
    ])),
    orders: Object.fromEntries(orders.map((r: Row) => [
      [r.day, r.channel_id, r.province, r.customer_type, r.flow].join('|'), { orders: Number(r.orders), amount: Number(r.amount), qty: Number(r.qty) },
    ])),
    channels: Object.fromEntries(channels.map((r: Row) => [
      [r.day, r.channel_id, r.flow].join('|'), { orders: Number(r.orders), amount: Number(r.amount), qty: Number(r.qty) },
    ])),
    months: Object.fromEntries(months.map((r: Row) => [
      [r.month, r.sku_id, r.flow].join('|'), { qty: Number(r.qty), amount: Number(r.amount), lines: Number(r.lines) },
    ])),
  };
}

/** Random creates, edits, status changes, deletes and file imports (re-imports, corrected reports) through the API: the rollups always equal the raw aggregation, and a rebuild changes nothing. */
describe.each(databases)('rollups on %s', (kind) => {
  let t: TestApp;
  let sales: Agent;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp(kind);
    sales = await t.login('sales@acme.test');
  });
  afterAll(() => t.close());

  test('should equal the raw aggregation of orders after any sequence of writes', async () => {
    const orgId = t.fixture.orgs.acme;
    const skus = [t.fixture.skus['IBU-20'], t.fixture.skus['AMX-12'], t.fixture.skus['IBU-50']];
    const toLines = (ls: { sku: number; qty: number; price: number }[]) => ls.map((l) => ({ sku_id: skus[l.sku], qty: l.qty, unit_price: l.price / 100 }));
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
        await t.database.db('orders').where('org_id', orgId).delete();
        seq = 0;
        await t.database.db('sales_daily').where('org_id', orgId).delete();
        await t.database.db('sales_daily_orders').where('org_id', orgId).delete();
        await t.database.db('sales_daily_channel').where('org_id', orgId).delete();
        await t.database.db('sales_monthly_sku').where('org_id', orgId).delete();
        const live: Row[] = [];
        for (const o of ops) {
          if (o.kind === 'create') {
            // The next number no import has taken (imports reuse P-1…P-5, so they also change orders entered by hand).
            while (await t.database.db('orders').where({ channel_id: t.fixture.channels.JD, order_no: `P-${seq + 1}` }).first('id')) seq++;
            const res = await sales.post('/api/orders').send({
              channel_id: t.fixture.channels.JD, order_no: `P-${++seq}`, ordered_at: INSTANTS[o.at], status: STATUSES[o.status],
              customer_type: TYPES[o.type], customer_name: '某某', province: PROVINCES[o.province], lines: toLines(o.lines),
            });
            expect(res.status, JSON.stringify(res.body)).toBe(201);
            live.push(res.body);
          } else if (o.kind === 'import') {
            const channel = o.flavor === 'orders' ? t.fixture.channels.JD : t.fixture.channels.DIST;
            const up = await sales.post('/api/sales-imports').field('kind', o.flavor).field('channel_id', String(channel)).attach('file', Buffer.from(importFile(o)), 'f.csv');
            expect(up.status, JSON.stringify(up.body)).toBe(201);
            const fields = (o.flavor === 'orders' ? ['order_no', 'ordered_at', 'status', 'customer_type', 'province', 'sku', 'qty', 'unit_price']
              : ['doc_no', 'ordered_at', 'status', 'customer_type', 'province', 'sku', 'qty', 'unit_price', 'customer_name']) as (keyof typeof IMPORT_MAPPING)[];
            const body = { mapping: Object.fromEntries(fields.map((f) => [f, IMPORT_MAPPING[f]])), replace_period: o.replace };
            const started = await sales.post(`/api/sales-imports/${up.body.id}/commit`).send(body);
            expect(started.status, JSON.stringify(started.body)).toBe(202);
            let job = started.body;
            for (let i = 0; i < 400 && job.status === 'running'; i++) {
              await new Promise((r) => setTimeout(r, 10));
              job = (await sales.get(`/api/sales-imports/${up.body.id}`)).body;
            }
            expect(job.status, JSON.stringify(job)).toBe('done');
            // Orders entered by hand that the import changed (or replaced) moved on: read them again.
            for (let i = live.length - 1; i >= 0; i--) {
              const res = await sales.get(`/api/orders/${live[i].id}`);
              if (res.status === 404) live.splice(i, 1);
              else live[i] = res.body;
            }
          } else if (live.length) {
            const index = o.pick % live.length;
            const current = live[index];
            if (o.kind === 'delete') {
              expect((await sales.delete(`/api/orders/${current.id}`)).status).toBe(200);
              live.splice(index, 1);
            } else {
              const res = await sales.put(`/api/orders/${current.id}`).send({
                ...current, ordered_at: INSTANTS[o.at], status: STATUSES[o.status], province: PROVINCES[o.province],
                ...(o.lines ? { lines: toLines(o.lines) } : {}),
              });
              expect(res.status, JSON.stringify(res.body)).toBe(200);
              live[index] = res.body;
            }
          }
        }
        const expected = await expectedFrom(t, orgId);
        expect(await storedRollups(t, orgId)).toEqual(expected);
        await rebuildRollups(t.database.db, orgId);
        expect(await storedRollups(t, orgId)).toEqual(expected);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261124) },
    );
  }, 180_000);
});
