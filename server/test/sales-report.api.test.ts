import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown>;

/** The sales report read from the rollups: grouping, filters, net of commission, comparison, flows, tenants. */
describe.each(databases)('sales report on %s', (kind) => {
  let t: TestApp;
  let sales: Agent;
  let seq = 0;
  let ids: { jd: number; dist: number; ibu: number; amx: number };

  const order = async (patch: Record<string, unknown>) => {
    const res = await sales.post('/api/orders').send({
      channel_id: ids.jd, order_no: `R-${++seq}`, ordered_at: '2026-03-10T02:00:00Z', status: 'paid', customer_type: 'pharmacy',
      customer_name: '药房', province: '广东', lines: [{ sku_id: ids.ibu, qty: 2, unit_price: 10 }], ...patch,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Row & { id: number };
  };
  const report = async (query: Record<string, unknown>, agent = sales) => {
    const res = await agent.get('/api/reports/sales').query({ ...query, filter: JSON.stringify(query.filter ?? {}) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as Row[];
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    sales = await t.login('sales@acme.test');
    ids = { jd: t.fixture.channels.JD, dist: t.fixture.channels.DIST, ibu: t.fixture.skus['IBU-20'], amx: t.fixture.skus['AMX-12'] };
    // February: one JD order. March: two JD orders (one with two SKUs), one DIST order, one cancelled.
    await order({ ordered_at: '2026-02-10T02:00:00Z', lines: [{ sku_id: ids.ibu, qty: 1, unit_price: 40 }] });
    await order({ lines: [{ sku_id: ids.ibu, qty: 2, unit_price: 10 }, { sku_id: ids.amx, qty: 1, unit_price: 30 }] });
    await order({ ordered_at: '2026-03-31T17:00:00Z' }); // 1 April in Shanghai
    await order({ ordered_at: '2026-03-20T02:00:00Z', channel_id: ids.dist, province: '北京', customer_type: 'hospital' });
    await order({ status: 'cancelled', lines: [{ sku_id: ids.ibu, qty: 100, unit_price: 10 }] });
  });
  afterAll(() => t.close());

  test('should group by month and channel, net of the channel commission, counting distinct orders', async () => {
    const rows = await report({ group_by: 'month,channel_id', filter: { date_gte: '2026-02-01', date_lte: '2026-04-30' } });
    expect(rows).toEqual([
      { month: '2026-02', channel_id: ids.jd, qty: 1, amount: 40, net_amount: 38, orders: 1, avg_unit_price: 40 },
      { month: '2026-03', channel_id: ids.jd, qty: 3, amount: 50, net_amount: 47.5, orders: 1, avg_unit_price: 16.67 },
      { month: '2026-03', channel_id: ids.dist, qty: 2, amount: 20, net_amount: 19, orders: 1, avg_unit_price: 10 },
      { month: '2026-04', channel_id: ids.jd, qty: 2, amount: 20, net_amount: 19, orders: 1, avg_unit_price: 10 },
    ]);
    // By SKU: the two-SKU order counts once for each SKU.
    const bySku = await report({ group_by: 'sku_id', filter: { date_gte: '2026-03-01', date_lte: '2026-03-31' } });
    expect(bySku.map((r) => [r.sku_id, r.qty, r.amount, r.orders])).toEqual([[ids.ibu, 4, 40, 2], [ids.amx, 1, 30, 1]]); // largest first
    // A top-N card asks for N rows: the largest, exactly as in the full report.
    expect(await report({ group_by: 'sku_id', filter: { date_gte: '2026-03-01', date_lte: '2026-03-31' }, limit: '1' })).toEqual([bySku[0]]);
    const byMonth = await report({ group_by: 'month', filter: { date_gte: '2026-02-01', date_lte: '2026-04-30' }, limit: '2' });
    expect(byMonth.map((r) => r.month)).toEqual(['2026-02', '2026-03']); // in the report's order: by time
    for (const bad of ['0', '-1', 'ten', '1.5', '10001']) {
      const res = await sales.get('/api/reports/sales').query({ group_by: 'sku_id', limit: bad });
      expect(res.status, bad).toBe(400);
      expect(res.body.errors.limit, bad).toBeTruthy();
    }
  });

  test('should filter by channel type, province and customer type, and group by week and day', async () => {
    expect((await report({ group_by: 'channel_type', filter: { channel_type: 'offline' } }))).toEqual([
      expect.objectContaining({ channel_type: 'offline', amount: 20, orders: 1 }),
    ]);
    expect((await report({ group_by: 'province', filter: { province: '北京' } })).map((r) => r.province)).toEqual(['北京市']);
    expect((await report({ group_by: 'customer_type', filter: { customer_type: ['hospital'] } }))).toEqual([expect.objectContaining({ customer_type: 'hospital', qty: 2 })]);
    expect((await report({ group_by: 'week', filter: { date_gte: '2026-03-01', date_lte: '2026-03-31' } })).map((r) => [r.week, r.amount])).toEqual([
      ['2026-W11', 50], ['2026-W12', 20],
    ]);
    expect((await report({ group_by: 'day', filter: { date_gte: '2026-04-01', date_lte: '2026-04-01' } }))).toEqual([expect.objectContaining({ day: '2026-04-01', amount: 20 })]);
    expect(await report({ group_by: '', filter: { date_gte: '2026-03-01', date_lte: '2026-03-31' } })).toEqual([
      { qty: 5, amount: 70, net_amount: 66.5, orders: 2, avg_unit_price: 14 },
    ]);
  });

  test('should compare with the previous period and the previous year', async () => {
    const rows = await report({ group_by: 'channel_id', filter: { date_gte: '2026-03-01', date_lte: '2026-03-31' }, compare: 'previous_period' });
    expect(rows).toEqual([
      expect.objectContaining({ channel_id: ids.jd, amount: 50, prev_amount: 40, prev_qty: 1, change_pct: 25 }),
      expect.objectContaining({ channel_id: ids.dist, amount: 20, prev_amount: 0, change_pct: null }),
    ]);
    const monthly = await report({ group_by: 'month', filter: { date_gte: '2026-03-01', date_lte: '2026-04-30' }, compare: 'previous_period' });
    expect(monthly.map((r) => [r.month, r.amount, r.prev_amount, r.change_pct])).toEqual([['2026-03', 70, 0, null], ['2026-04', 20, 40, -50]]);
    const lastYear = await report({ group_by: 'month', filter: { date_gte: '2027-03-01', date_lte: '2027-03-31' }, compare: 'previous_year' });
    // Nothing sold in March 2027 yet: the row is March 2027 against March 2026's 70.
    expect(lastYear).toEqual([expect.objectContaining({ month: '2027-03', amount: 0, prev_amount: 70, prev_qty: 5, change_pct: -100 })]);
  });

  test('should move at once when an order is cancelled, and keep sell-out apart from revenue', async () => {
    const extra = await order({ ordered_at: '2026-05-05T02:00:00Z', lines: [{ sku_id: ids.amx, qty: 5, unit_price: 10 }] });
    const may = { group_by: 'month', filter: { date_gte: '2026-05-01', date_lte: '2026-05-31' } };
    expect((await report(may))[0]).toMatchObject({ amount: 50, orders: 1 });
    const res = await sales.put(`/api/orders/${extra.id}`).send({ ...extra, status: 'refunded' });
    expect(res.status).toBe(200);
    expect(await report(may)).toEqual([]);
    // Sell-out rows (a distributor's resale) are reported only when asked for, never in the default sell-in.
    await t.database.db('orders').where({ id: extra.id }).update({ flow: 'sell_out', status: 'paid' });
    const { rebuildRollups } = await import('../src/modules/orders/rollups');
    await rebuildRollups(t.database.db, t.fixture.orgs.acme);
    expect(await report(may)).toEqual([]);
    expect(await report({ ...may, filter: { ...may.filter, flow: 'sell_out' } })).toEqual([expect.objectContaining({ amount: 50 })]);
  });

  test('should export the report as XLSX in the reader\'s language, by name, with a total row', async () => {
    const res = await sales.get('/api/reports/sales.xlsx').query({ group_by: 'channel_id', filter: JSON.stringify({ date_gte: '2026-03-01', date_lte: '2026-03-31' }), compare: 'previous_period' })
      .buffer(true).parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('销售');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['渠道', '数量', '销售额', '扣佣后', '订单数', '平均单价', '对比期销售额', '对比期数量', '变化']);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 4)).toEqual(['JD channel', 3, 50]);
    expect((sheet.getRow(4).values as unknown[]).slice(1, 4)).toEqual(['合计', 5, 70]);
    const bad = await sales.get('/api/reports/sales.xlsx').query({ group_by: 'nope' });
    expect(bad.status).toBe(400);
  });

  test('should compare the realised price per unit with the control price, sell-in only, worst first', async () => {
    expect((await sales.post('/api/price-policies').send({ sku_id: ids.ibu, control_price: 14, promo_floor_price: 12 })).status).toBe(201);
    const res = await sales.get('/api/reports/price-realization').query({ filter: JSON.stringify({ date_gte: '2026-03-01', date_lte: '2026-03-31' }) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers['content-range']).toMatch(/^price-realization 0-\d+\/3$/);
    const ibuJd = res.body.find((r: Row) => r.sku_id === ids.ibu && r.channel_id === ids.jd);
    // 2 boxes of 20 for ¥20: ¥0.50 a unit against a control price of ¥14 / 20 = ¥0.70.
    expect(ibuJd).toMatchObject({ qty: 2, amount: 20, realized_unit_price: 0.5, control_unit_price: 0.7, gap_pct: -0.2857, below_control: true });
    expect(res.body[0].gap_pct).toBeLessThanOrEqual(res.body[1].gap_pct ?? 0);
    const amx = res.body.find((r: Row) => r.sku_id === ids.amx);
    expect(amx).toMatchObject({ control_unit_price: null, gap_pct: null, below_control: false });
    const below = await sales.get('/api/reports/price-realization').query({ filter: JSON.stringify({ date_gte: '2026-03-01', date_lte: '2026-03-31', below_control: true }) });
    expect(below.body.map((r: Row) => r.id).sort()).toEqual([`${ids.ibu}:${ids.dist}`, `${ids.ibu}:${ids.jd}`].sort());
    expect((await sales.get('/api/reports/price-realization').query({ filter: JSON.stringify({ date_gte: '2026-13-01' }) })).status).toBe(400);
  });

  test('should refuse bad parameters with field errors and show another tenant nothing', async () => {
    for (const [query, field] of [
      [{ group_by: 'month,nope' }, 'group_by'],
      [{ group_by: 'month,day' }, 'group_by'],
      [{ group_by: 'month', filter: '{"date_gte":"2026-02-30"}' }, 'filter.date_gte'],
      [{ group_by: 'month', filter: '{"province":"Atlantis"}' }, 'filter.province'],
      [{ group_by: 'month', filter: '{"unknown":1}' }, 'filter'],
      [{ group_by: 'month', compare: 'previous_period' }, 'compare'],
      [{ group_by: 'month', filter: '{' }, 'filter'],
    ] as const) {
      const res = await sales.get('/api/reports/sales').query(query);
      expect(res.status, `${JSON.stringify(query)} → ${res.text}`).toBe(400);
      expect(Object.keys(res.body.errors).some((k) => k.startsWith(field)), `${JSON.stringify(query)} → ${res.text}`).toBe(true);
    }
    const rival = await t.login('admin@rival.test');
    expect(await report({ group_by: 'month' }, rival)).toEqual([]);
  });
  test('should rank the top SKUs from whole months exactly as the full report, wherever the range cuts a month', async () => {
    const ibu50 = t.fixture.skus['IBU-50'];
    const at = (day: string) => `${day}T02:00:00Z`;
    // Sales before, inside and after the ranges below, so a month counted whole where it should not be changes the winner.
    await order({ ordered_at: at('2024-05-03'), lines: [{ sku_id: ids.amx, qty: 10, unit_price: 10 }] });
    await order({ ordered_at: at('2024-05-20'), lines: [{ sku_id: ids.ibu, qty: 1, unit_price: 30 }] });
    await order({ ordered_at: at('2024-06-15'), lines: [{ sku_id: ids.ibu, qty: 1, unit_price: 20 }, { sku_id: ids.amx, qty: 1, unit_price: 5 }, { sku_id: ibu50, qty: 1, unit_price: 1 }] });
    await order({ ordered_at: at('2024-07-10'), lines: [{ sku_id: ids.amx, qty: 1, unit_price: 25 }] });
    await order({ ordered_at: at('2024-07-25'), lines: [{ sku_id: ids.ibu, qty: 1, unit_price: 50 }, { sku_id: ibu50, qty: 1, unit_price: 200 }] });
    const top = await report({ group_by: 'sku_id', filter: { date_gte: '2024-05-10', date_lte: '2024-07-15' }, limit: '2' });
    expect(top.map((r) => [r.sku_id, r.amount, r.qty, r.orders])).toEqual([[ids.ibu, 50, 2, 2], [ids.amx, 30, 2, 2]]);
    const filters: Record<string, unknown>[] = [
      { date_gte: '2024-05-10', date_lte: '2024-07-15' }, { date_gte: '2024-05-01', date_lte: '2024-06-30' },
      { date_gte: '2024-06-01', date_lte: '2024-06-30' }, { date_gte: '2024-07-01', date_lte: '2024-07-20' },
      { date_gte: '2024-06-10', date_lte: '2024-06-20' }, { date_gte: '2024-05-04', date_lte: '2024-07-31' },
      { date_gte: '2024-05-01', date_lte: '2024-07-24' }, { date_gte: '2024-05-21', date_lte: '2024-06-14' }, {},
      { date_lte: '2024-07-20' }, { date_gte: '2024-05-10' },
      { date_gte: '2024-06-01', date_lte: '2024-07-31', sku_id: [ids.ibu, ibu50] },
      { date_gte: '2024-05-04', date_lte: '2024-07-31', product_id: [t.fixture.products.ibuprofen] },
      { date_gte: '2024-05-01', date_lte: '2024-07-31', flow: 'sell_out' },
    ];
    for (const filter of filters) {
      const full = await report({ group_by: 'sku_id', filter });
      for (const n of [1, 2, 3]) expect(await report({ group_by: 'sku_id', filter, limit: String(n) }), JSON.stringify({ filter, n })).toEqual(full.slice(0, n));
    }
    // Another company's ranking is its own.
    const rival = await t.login('admin@rival.test');
    expect(await report({ group_by: 'sku_id', filter: { date_gte: '2024-05-01', date_lte: '2024-07-31' }, limit: '3' }, rival)).toEqual([]);
  });
});
