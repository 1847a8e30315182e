import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown> & { id: number; version: number };

/** Orders by hand (sell-in): masked consumers, official province names, lines, filters, rollups in step. */
describe.each(databases)('orders on %s', (kind) => {
  let t: TestApp;
  let sales: Agent;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp(kind);
    sales = await t.login('sales@acme.test');
  });
  afterAll(() => t.close());

  const body = (patch: Record<string, unknown> = {}) => ({
    channel_id: t.fixture.channels.JD, order_no: `JD-${++seq}`, ordered_at: '2026-03-01T16:30:00Z', status: 'paid',
    customer_name: '张三', customer_ref: 'jd-buyer-9', customer_type: 'consumer', province: '广东', city: '广州市',
    lines: [{ sku_id: t.fixture.skus['IBU-20'], qty: 3, unit_price: 15.8 }, { sku_id: t.fixture.skus['AMX-12'], qty: 1, unit_price: 9.9, amount: 8 }],
    ...patch,
  });
  const create = async (patch: Record<string, unknown> = {}) => {
    const res = await sales.post('/api/orders').send(body(patch));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Row;
  };
  const daily = () => t.database.db('sales_daily').where('org_id', t.fixture.orgs.acme).orderBy(['day', 'sku_id'])
    .select('day', 'sku_id', 'province', 'customer_type', 'flow', 'qty', 'amount', 'lines', 'orders');
  const dailyOrders = () => t.database.db('sales_daily_orders').where('org_id', t.fixture.orgs.acme).orderBy('day').select('day', 'orders', 'amount');
  const num = (rows: Record<string, unknown>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v])));

  test('should keep a consumer masked, the province official, the total summed, and answer with the lines', async () => {
    const order = await create();
    expect(order).toMatchObject({
      order_no: `JD-${seq}`, flow: 'sell_in', source: 'manual', status: 'paid', customer_name: '张*', customer_ref: 'jd-buyer-9',
      customer_type: 'consumer', province: '广东省', total: 55.4, version: 1,
      lines: [
        { line_no: 1, sku_id: t.fixture.skus['IBU-20'], qty: 3, unit_price: 15.8, amount: 47.4, promotion_id: null },
        { line_no: 2, sku_id: t.fixture.skus['AMX-12'], qty: 1, unit_price: 9.9, amount: 8, promotion_id: null },
      ],
    });
    expect(order).not.toHaveProperty('org_id');
    const stored = await t.database.db('orders').where({ id: order.id }).first();
    expect(stored.customer_name).toBe('张*'); // never the full name, not even in the database
    expect(stored.sales_day).toBe('2026-03-02'); // 16:30 UTC is past midnight in Shanghai
    expect((await sales.get(`/api/orders/${order.id}`)).body).toEqual(order);
    const pharmacy = await create({ customer_type: 'pharmacy', customer_name: '仁心大药房' });
    expect(pharmacy.customer_name).toBe('仁心大药房');
  });

  test('should refuse bad input field by field and write nothing', async () => {
    const before = await t.database.db('orders').count({ n: '*' });
    const bad = await sales.post('/api/orders').send(body({ province: '香港', lines: [{ sku_id: t.fixture.skus['IBU-20'], qty: 0, unit_price: -1 }] }));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['lines.0.qty', 'lines.0.unit_price', 'province']);
    const empty = await sales.post('/api/orders').send(body({ lines: [] }));
    expect(empty.body.errors).toHaveProperty('lines');
    const unknownSku = await sales.post('/api/orders').send(body({ lines: [{ sku_id: 999999, qty: 1, unit_price: 1 }] }));
    expect(unknownSku.body.errors).toHaveProperty(['lines.0.sku_id']);
    const first = await create();
    const duplicate = await sales.post('/api/orders').send(body({ order_no: first.order_no }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors).toHaveProperty('order_no');
    expect(Number((await t.database.db('orders').count({ n: '*' }))[0].n)).toBe(Number(before[0].n) + 1); // only the one good order
  });

  test('should filter by status, province, customer type, SKU, dates and search', async () => {
    const a = await create({ order_no: 'FILTER-A', province: '北京', customer_type: 'hospital', customer_name: '协和医院', ordered_at: '2026-04-10T02:00:00Z' });
    const b = await create({ order_no: 'FILTER-B', province: '内蒙古', status: 'cancelled', ordered_at: '2026-04-12T02:00:00Z', lines: [{ sku_id: t.fixture.skus['IBU-50'], qty: 1, unit_price: 35 }] });
    const ids = async (filter: Record<string, unknown>) =>
      ((await sales.get('/api/orders').query({ filter: JSON.stringify(filter), range: '[0,99]' })).body as Row[]).map((r) => r.id);
    expect(await ids({ province: '北京市' })).toEqual([a.id]);
    expect(await ids({ province: '内蒙古自治区', status: 'cancelled' })).toEqual([b.id]);
    expect(await ids({ customer_type: 'hospital', q: '协和' })).toEqual([a.id]);
    expect(await ids({ sku_id: t.fixture.skus['IBU-50'] })).toEqual([b.id]);
    expect(await ids({ q: 'FILTER', ordered_at_gte: '2026-04-11', ordered_at_lte: '2026-04-13' })).toEqual([b.id]);
    const list = await sales.get('/api/orders').query({ filter: JSON.stringify({ id: [a.id] }) });
    expect(list.headers['content-range']).toBe('orders 0-0/1');
    expect(list.body[0].lines).toHaveLength(2); // lists carry the lines too
  });

  test('should keep the daily rollups in step: create, cancel, edit, delete', async () => {
    await t.database.db('orders').where('org_id', t.fixture.orgs.acme).delete();
    await t.database.db('sales_daily').where('org_id', t.fixture.orgs.acme).delete();
    await t.database.db('sales_daily_orders').where('org_id', t.fixture.orgs.acme).delete();
    await t.database.db('sales_daily_channel').where('org_id', t.fixture.orgs.acme).delete();
    const order = await create({ ordered_at: '2026-05-01T15:59:00Z' }); // 23:59 in Shanghai: still 1 May
    const ibu = t.fixture.skus['IBU-20'];
    const amx = t.fixture.skus['AMX-12'];
    expect(num(await daily())).toEqual([
      { day: '2026-05-01', sku_id: Math.min(ibu, amx), province: '广东省', customer_type: 'consumer', flow: 'sell_in', ...(ibu < amx ? { qty: 3, amount: 4740 } : { qty: 1, amount: 800 }), lines: 1, orders: 1 },
      { day: '2026-05-01', sku_id: Math.max(ibu, amx), province: '广东省', customer_type: 'consumer', flow: 'sell_in', ...(ibu < amx ? { qty: 1, amount: 800 } : { qty: 3, amount: 4740 }), lines: 1, orders: 1 },
    ]);
    expect(num(await dailyOrders())).toEqual([{ day: '2026-05-01', orders: 1, amount: 5540 }]);

    // A second order the same day: counts add up, distinct orders counted once each.
    await create({ ordered_at: '2026-05-01T02:00:00Z', lines: [{ sku_id: ibu, qty: 1, unit_price: 15.8 }, { sku_id: ibu, qty: 1, unit_price: 15.8 }] });
    const ibuRow = num(await daily()).find((r) => r.sku_id === ibu)!;
    expect(ibuRow).toMatchObject({ qty: 5, amount: 4740 + 3160, lines: 3, orders: 2 });
    expect(num(await dailyOrders())).toEqual([{ day: '2026-05-01', orders: 2, amount: 5540 + 3160 }]);

    // Cancelling leaves every figure at once.
    const cancelled = await sales.put(`/api/orders/${order.id}`).send({ ...order, status: 'cancelled' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(num(await daily())).toEqual([expect.objectContaining({ sku_id: ibu, qty: 2, amount: 3160, lines: 2, orders: 1 })]);
    expect(num(await dailyOrders())).toEqual([{ day: '2026-05-01', orders: 1, amount: 3160 }]);

    // Back to paid on another day and province.
    const moved = await sales.put(`/api/orders/${order.id}`).send({ ...cancelled.body, status: 'completed', ordered_at: '2026-05-02T01:00:00Z', province: '上海' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(num(await dailyOrders())).toEqual([{ day: '2026-05-01', orders: 1, amount: 3160 }, { day: '2026-05-02', orders: 1, amount: 5540 }]);
    expect((await sales.put(`/api/orders/${order.id}`).send({ ...cancelled.body, status: 'paid' })).status).toBe(409); // stale version

    expect((await sales.delete(`/api/orders/${order.id}`)).status).toBe(200);
    expect(num(await dailyOrders())).toEqual([{ day: '2026-05-01', orders: 1, amount: 3160 }]);
  });
  test('should count days again in a new company time zone and rebuild the rollups', async () => {
    await t.database.db('orders').where('org_id', t.fixture.orgs.acme).delete();
    await t.database.db('sales_daily').where('org_id', t.fixture.orgs.acme).delete();
    await t.database.db('sales_daily_orders').where('org_id', t.fixture.orgs.acme).delete();
    await t.database.db('sales_daily_channel').where('org_id', t.fixture.orgs.acme).delete();
    const order = await create({ ordered_at: '2026-03-01T16:30:00Z' });
    expect(num(await dailyOrders())).toEqual([{ day: '2026-03-02', orders: 1, amount: 5540 }]);
    const admin = await t.login('admin@acme.test');
    const settings = (await admin.get('/api/settings')).body;
    const london = await admin.put('/api/settings').send({ ...settings, time_zone: 'Europe/London' });
    expect(london.status, JSON.stringify(london.body)).toBe(200);
    try {
      expect((await t.database.db('orders').where({ id: order.id }).first()).sales_day).toBe('2026-03-01');
      expect(num(await dailyOrders())).toEqual([{ day: '2026-03-01', orders: 1, amount: 5540 }]);
      expect(new Set(num(await daily()).map((r) => r.day))).toEqual(new Set(['2026-03-01']));
    } finally {
      const back = await admin.put('/api/settings').send({ ...london.body, time_zone: 'Asia/Shanghai' });
      expect(back.status).toBe(200);
    }
    expect(num(await dailyOrders())).toEqual([{ day: '2026-03-02', orders: 1, amount: 5540 }]);
  });
});
