import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { sweepExpiredGroups } from '../src/modules/engine/group-buys';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown>;

const NOW = '2026-11-01T00:00:00.000Z';
const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.parse(NOW) + hours * HOUR).toISOString();

/**
 * The promotion engine against the real app: quotes and their precedence, orders that never
 * oversell under 500 parallel requests, per-buyer limits held atomically, idempotent retries,
 * the prescription rule, and group buys that never over-fill and settle at expiry.
 */
describe.each(databases)('promotion engine on %s', (kind) => {
  let t: TestApp;
  let promo: Agent;
  let sales: Agent;
  let jdKey: string;
  let b2bKey: string;
  let ids: { jd: number; b2b: number; ibu: number; ibu50: number; amx: number };
  let seq = 0;

  const engine = (path: string, body: Row, key = jdKey) => request(t.app).post(`/api/engine${path}`).set('X-Api-Key', key).send(body);
  const promotion = async (body: Row) => {
    const created = await promo.post('/api/promotions').send({ start_at: at(0), end_at: at(24 * 30), channel_ids: [ids.jd], ...body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const submitted = await promo.post(`/api/promotions/${created.body.id}/submit`).send({});
    expect(submitted.body.status, JSON.stringify(submitted.body)).toBe('approved');
    return submitted.body as Row & { id: number; items: Row[] };
  };
  const cancel = (id: number) => promo.post(`/api/promotions/${id}/cancel`).send({});
  const orderNo = () => `ENG-${++seq}`;

  beforeAll(async () => {
    clock.set(NOW);
    t = await startTestApp(kind);
    const admin = await t.login('admin@acme.test');
    [promo, sales] = await Promise.all([t.login('promotion@acme.test'), t.login('sales@acme.test')]);
    const b2b = await admin.post('/api/channels').send({ name: '药师帮', code: 'YSB', type: 'online', platform: 'yaoshibang' });
    ids = { jd: t.fixture.channels.JD, b2b: b2b.body.id, ibu: t.fixture.skus['IBU-20'], ibu50: t.fixture.skus['IBU-50'], amx: t.fixture.skus['AMX-12'] };
    jdKey = (await admin.post(`/api/channels/${ids.jd}/api-key`)).body.key;
    b2bKey = (await admin.post(`/api/channels/${ids.b2b}/api-key`)).body.key;
    const stamp = { org_id: t.fixture.orgs.acme, version: 1, created_at: NOW, updated_at: NOW };
    // IBU-20 on JD: ¥18.00 until 3 days ago, ¥15.80 since; AMX-12 on the B2B channel ¥9.90.
    const price = (sku: number, channel: number, fen: number, from: string, to: string | null) => ({
      ...stamp, sku_id: sku, channel_id: channel, price: fen, effective_from: from, effective_to: to, status: 'approved', approval_reason: 'first_price', requested_by: t.fixture.users.sales, kind: 'price',
    });
    await t.database.db('channel_prices').insert([
      price(ids.ibu, ids.jd, 1800, at(-24 * 400), at(-72)), price(ids.ibu, ids.jd, 1580, at(-72), null), price(ids.amx, ids.b2b, 990, at(-24 * 400), null),
    ]);
  });
  afterAll(async () => {
    clock.reset();
    await t.close();
  });
  beforeEach(() => clock.set(NOW));

  test('should refuse anything but a channel API key, including a console session', async () => {
    expect((await request(t.app).post('/api/engine/quote').send({ sku_code: 'IBU-20', qty: 1, customer_id: 'u1' })).status).toBe(401);
    expect((await sales.post('/api/engine/quote').send({ sku_code: 'IBU-20', qty: 1, customer_id: 'u1' })).status).toBe(401);
    const bad = await engine('/quote', { sku_code: 'IBU-20', qty: 0, customer_id: '' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['customer_id', 'qty']);
    expect((await engine('/quote', { sku_code: 'NOPE', qty: 1, customer_id: 'u1' })).body.errors.sku_code).toBeTruthy();
  });

  test('should keep the API\'s promises on the engine\'s own front: ids, no caching, JSON only, limits, unknown paths', async () => {
    const ok = await engine('/quote', { sku_code: 'IBU-20', qty: 1, customer_id: 'front' });
    expect(ok.status).toBe(200);
    expect(ok.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    expect(ok.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(ok.headers['set-cookie']).toBeUndefined();
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
    const post = (path: string) => request(t.app).post(`/api/engine${path}`).set('X-Api-Key', jdKey);
    const form = await post('/quote').set('Content-Type', 'text/plain').send('sku_code=IBU-20');
    expect(form.status).toBe(415);
    expect(form.body.key).toBe('unsupported_content_type');
    const gbk = await post('/quote').set('Content-Type', 'application/json; charset=gbk').send('{"sku_code":"IBU-20"}');
    expect(gbk.status).toBe(415);
    expect((await post('/quote').set('Content-Type', 'application/json; charset=UTF-8').send('{"sku_code":"IBU-20","qty":1,"customer_id":"u"}')).status).toBe(200);
    const broken = await post('/quote').set('Content-Type', 'application/json').send('{"sku_code": ');
    expect(broken.status).toBe(400);
    expect(broken.body.key).toBe('body_not_json');
    const huge = await post('/orders').set('Content-Type', 'application/json').send(JSON.stringify({ order_no: 'x'.repeat(1_100_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.key).toBe('body_too_large');
    const empty = await post('/quote');
    expect(empty.status).toBe(400);
    const unknown = await post('/nothing-here').send({});
    expect(unknown.status).toBe(404);
    expect(unknown.body.key).toBe('not_found');
    expect((await request(t.app).get('/api/engine/quote').set('X-Api-Key', jdKey)).status).toBe(404);
    expect((await request(t.app).get('/api/engine/groups/abc').set('X-Api-Key', jdKey)).status).toBe(400);
  });

  test('should quote the everyday price, then the lowest running promotion with the 7-day reference price', async () => {
    const everyday = await engine('/quote', { sku_code: 'ibu-20', qty: 2, customer_id: 'u1' });
    expect(everyday.body).toMatchObject({ unit_price: 15.8, amount: 31.6, everyday_price: 15.8, reference_price: null, promotion_id: null, rule: 'everyday' });
    // Both stackable, so they may run together on the same SKU and channel.
    const discount2 = await promotion({ name: '九折', type: 'limited_discount', stackable: true, items: [{ sku_id: ids.ibu, discount_pct: 10 }], rounding: 'jiao' });
    const flash = await promotion({ name: '秒杀', type: 'flash_sale', stackable: true, items: [{ sku_id: ids.ibu, promo_price: 12, stock_limit: 5, per_customer_limit: 1 }] });
    const best = await engine('/quote', { sku_code: 'IBU-20', qty: 1, customer_id: 'u1' });
    // ¥12 beats 15.80 × 90% = ¥14.20 (to the jiao); the reference is the lowest of the 7 days before the start: ¥15.80.
    expect(best.body).toMatchObject({ unit_price: 12, rule: 'flash_sale', promotion_id: flash.id, everyday_price: 15.8, reference_price: 15.8 });
    // Two units break the flash sale's per-buyer limit: the discount applies, and the quote says why.
    const two = await engine('/quote', { sku_code: 'IBU-20', qty: 2, customer_id: 'u1' });
    expect(two.body).toMatchObject({ unit_price: 14.2, rule: 'limited_discount', promotion_id: discount2.id });
    expect(two.body.refused).toEqual([{ promotion_id: flash.id, rule: 'flash_sale', unit_price: 12, code: 'limit_exceeded' }]);
    await cancel(flash.id);
    await cancel(discount2.id);
  });

  test('should show a flash sale in warm-up as upcoming, open it at its slot in the company time zone', async () => {
    const flash = await promotion({
      name: '整点秒杀', type: 'flash_sale', start_at: at(24), end_at: at(48), warmup_hours: 30, slots: [{ start: '10:00', end: '11:00' }],
      items: [{ sku_id: ids.ibu, promo_price: 9.9, stock_limit: 10 }],
    });
    const before = await engine('/quote', { sku_code: 'IBU-20', qty: 1, customer_id: 'u2' });
    // NOW is 08:00 in Shanghai on 1 Nov; the first slot opens 10:00 on 2 Nov = 02:00Z.
    expect(before.body).toMatchObject({ rule: 'everyday', upcoming: [{ promotion_id: flash.id, rule: 'flash_sale', opens_at: '2026-11-02T02:00:00.000Z', unit_price: 9.9 }] });
    const open = await engine('/quote', { sku_code: 'IBU-20', qty: 1, customer_id: 'u2', at: '2026-11-02T10:30:00+08:00' });
    expect(open.body).toMatchObject({ rule: 'flash_sale', unit_price: 9.9 });
    const closed = await engine('/quote', { sku_code: 'IBU-20', qty: 1, customer_id: 'u2', at: '2026-11-02T11:00:00+08:00' });
    expect(closed.body.rule).toBe('everyday');
    await cancel(flash.id);
  });

  test('should sell exactly the stock to 500 parallel orders, hold a buyer firing 20 at once to the limit, and answer retries with the same order', async () => {
    const flash = await promotion({ name: '50 件秒杀', type: 'flash_sale', items: [{ sku_id: ids.ibu, promo_price: 9.9, stock_limit: 50, per_customer_limit: 2 }] });
    const rush = await Promise.all(Array.from({ length: 500 }, (_, i) => engine('/orders', {
      order_no: orderNo(), customer_id: `buyer-${i}`, province: '广东', lines: [{ sku_code: 'IBU-20', qty: 1, promotion_id: flash.id }],
    })));
    const statuses = rush.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 409)).toHaveLength(450);
    expect(rush.find((r) => r.status === 409)!.body).toMatchObject({ code: 'sold_out', key: 'sold_out' });
    const item = await t.database.db('promotion_items').where({ promotion_id: flash.id }).first();
    expect(Number(item.sold)).toBe(50);
    const results = await sales.get(`/api/promotions/${flash.id}/results`);
    expect(results.status, JSON.stringify(results.body)).toBe(200);
    // ¥15.80 everyday, ¥9.90 promotion: ¥5.90 given per unit.
    expect(results.body).toMatchObject({ units: 50, revenue: 495, orders: 50, buyers: 50, discount_given: 295, items: [{ sku_id: ids.ibu, stock_limit: 50, sold: 50, sell_through_pct: 100, units: 50 }] });
    expect(results.body.lift.series).toHaveLength(29); // the 28 days before and the first day
    expect(results.body.lift.series.at(-1)).toMatchObject({ day: '2026-11-01', period: 'during', qty: 50, amount: 495 });
    expect(results.body.lift).toMatchObject({ before_daily_amount: 0, during_daily_amount: 495, lift_pct: null });
    const taken = await t.database.db('order_lines').where({ promotion_id: flash.id }).sum({ units: 'qty' });
    expect(Number(taken[0].units)).toBe(50);
    // More stock sells again once the sold-out answer kept for the rush has lapsed (about a second).
    const current = (await promo.get(`/api/promotions/${flash.id}`)).body;
    const raised = await promo.put(`/api/promotions/${flash.id}`).send({ ...current, items: [{ ...current.items[0], stock_limit: 51 }] });
    expect(raised.body).toMatchObject({ status: 'approved', items: [{ stock_limit: 51, sold: 50 }] });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const restocked = await engine('/orders', { order_no: orderNo(), customer_id: 'late-buyer', lines: [{ sku_code: 'IBU-20', qty: 1, promotion_id: flash.id }] });
    expect(restocked.status, JSON.stringify(restocked.body)).toBe(201);
    expect((await engine('/orders', { order_no: orderNo(), customer_id: 'later-buyer', lines: [{ sku_code: 'IBU-20', qty: 1, promotion_id: flash.id }] })).body.code).toBe('sold_out');
    await cancel(flash.id);

    const limited = await promotion({ name: '限购 2', type: 'flash_sale', items: [{ sku_id: ids.ibu, promo_price: 9.9, stock_limit: 100, per_customer_limit: 2, per_order_limit: 1 }] });
    const one = await Promise.all(Array.from({ length: 20 }, () => engine('/orders', {
      order_no: orderNo(), customer_id: 'greedy', lines: [{ sku_code: 'IBU-20', qty: 1, promotion_id: limited.id }],
    })));
    expect(one.filter((r) => r.status === 201)).toHaveLength(2);
    expect(one.filter((r) => r.status === 409).every((r) => r.body.code === 'limit_exceeded')).toBe(true);
    expect((await engine('/orders', { order_no: orderNo(), customer_id: 'other', lines: [{ sku_code: 'IBU-20', qty: 2, promotion_id: limited.id }] })).body.code).toBe('limit_exceeded'); // per order

    const first = await engine('/orders', { order_no: 'RETRY-1', customer_id: 'patient', lines: [{ sku_code: 'IBU-20', qty: 1, promotion_id: limited.id }] });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const soldAfterFirst = Number((await t.database.db('promotion_items').where({ promotion_id: limited.id }).first()).sold);
    const retries = await Promise.all([1, 2, 3].map(() => engine('/orders', { order_no: 'RETRY-1', customer_id: 'patient', lines: [{ sku_code: 'IBU-20', qty: 1, promotion_id: limited.id }] })));
    for (const retry of retries) {
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
    }
    expect(Number((await t.database.db('promotion_items').where({ promotion_id: limited.id }).first()).sold)).toBe(soldAfterFirst);
    // Engine orders are real orders: source engine, the promotion on the line, in the reports by promotion.
    expect(first.body).toMatchObject({ source: 'engine', flow: 'sell_in', status: 'paid', customer_ref: 'patient', total: 9.9, lines: [{ promotion_id: limited.id, unit_price: 9.9, qty: 1 }] });
    const report = await sales.get('/api/reports/sales').query({ group_by: 'promotion_id', filter: JSON.stringify({ promotion_id: [limited.id] }) });
    expect(report.body).toEqual([expect.objectContaining({ promotion_id: limited.id, qty: 3, orders: 3 })]);
    // Sales staff marking it shipped by hand keep the line's promotion.
    const shipped = await sales.put(`/api/orders/${first.body.id}`).send({ ...first.body, status: 'shipped' });
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
    expect(shipped.body).toMatchObject({ status: 'shipped', lines: [{ promotion_id: limited.id }] });
    expect((await sales.get('/api/reports/sales').query({ group_by: 'promotion_id', filter: JSON.stringify({ promotion_id: [limited.id] }) })).body)
      .toEqual([expect.objectContaining({ qty: 3, orders: 3 })]);
    await cancel(limited.id);

    // The same new order number five times at once lands in one batch: it is written once, the others answer it.
    const twinSale = await promotion({ name: '同号', type: 'flash_sale', items: [{ sku_id: ids.ibu, promo_price: 9.9, stock_limit: 10, per_customer_limit: 5 }] });
    const twins = await Promise.all(Array.from({ length: 5 }, () => engine('/orders', { order_no: 'TWIN-1', customer_id: 'twin', lines: [{ sku_code: 'IBU-20', qty: 1, promotion_id: twinSale.id }] })));
    expect(twins.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    for (const twin of twins) expect(twin.body).toEqual(twins.find((r) => r.status === 201)!.body);
    expect(Number((await t.database.db('promotion_items').where({ promotion_id: twinSale.id }).first()).sold)).toBe(1);
    expect(Number((await t.database.db('promotion_item_buyers').where({ customer_ref: 'twin' }).first()).qty)).toBe(1);
    expect(Number((await t.database.db('orders').where({ order_no: 'TWIN-1' }).count({ n: '*' }))[0].n)).toBe(1);
    await cancel(twinSale.id);
  }, 120_000);

  test('should need a verified prescription for Rx on a consumer channel, not on a B2B one', async () => {
    await t.database.db('channel_prices').insert({
      org_id: t.fixture.orgs.acme, version: 1, created_at: NOW, updated_at: NOW, sku_id: ids.amx, channel_id: ids.jd, price: 1200, effective_from: at(-24), effective_to: null,
      status: 'approved', approval_reason: 'first_price', requested_by: t.fixture.users.sales, kind: 'price',
    });
    const refused = await engine('/orders', { order_no: orderNo(), customer_id: 'p1', lines: [{ sku_code: 'AMX-12', qty: 1 }] });
    expect(refused.status).toBe(400);
    expect(refused.body.key).toBe('prescription_required');
    expect(refused.body.errors).toHaveProperty('lines.0.sku_code');
    const withRx = await engine('/orders', { order_no: orderNo(), customer_id: 'p1', prescription_id: 'RX-20261101-001', lines: [{ sku_code: 'AMX-12', qty: 1 }] });
    expect(withRx.status, JSON.stringify(withRx.body)).toBe(201);
    expect(withRx.body).toMatchObject({ prescription_id: 'RX-20261101-001', total: 12 });
    const b2b = await engine('/orders', { order_no: orderNo(), customer_id: 'pharmacy-9', lines: [{ sku_code: 'AMX-12', qty: 3 }] }, b2bKey);
    expect(b2b.status, JSON.stringify(b2b.body)).toBe(201);
    expect(b2b.body).toMatchObject({ customer_type: 'pharmacy', total: 29.7 });
  });

  test('should fill a group exactly to its size under parallel joins and turn its held orders into sales', async () => {
    const group = await promotion({ name: '三人团', type: 'group_buy', items: [{ sku_id: ids.ibu, promo_price: 11, leader_price: 10, group_size: 3, group_window_hours: 24, stock_limit: 100 }] });
    const opened = await engine('/groups', { promotion_id: group.id, sku_code: 'IBU-20', customer_id: 'leader', order_no: 'G-LEAD' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body).toMatchObject({ status: 'open', size: 3, members: 1, expires_at: at(24), buyers: [{ customer_id: 'leader', leader: true, order_status: 'pending_group' }] });
    const held = await sales.get('/api/reports/sales').query({ group_by: 'promotion_id', filter: JSON.stringify({ promotion_id: [group.id] }) });
    expect(held.body).toEqual([]); // a held order is outside net sales
    const joins = await Promise.all(Array.from({ length: 10 }, (_, i) => engine(`/groups/${opened.body.id}/join`, { customer_id: `joiner-${i}`, order_no: `G-J${i}` })));
    expect(joins.filter((r) => r.status === 200)).toHaveLength(2);
    expect(joins.filter((r) => r.status === 409).every((r) => ['group_full', 'group_closed'].includes(r.body.code))).toBe(true);
    const settled = await request(t.app).get(`/api/engine/groups/${opened.body.id}`).set('X-Api-Key', jdKey);
    expect(settled.body).toMatchObject({ status: 'succeeded', members: 3 });
    expect(settled.body.buyers.map((b: Row) => b.order_status)).toEqual(['paid', 'paid', 'paid']);
    const sold = await sales.get('/api/reports/sales').query({ group_by: 'promotion_id', filter: JSON.stringify({ promotion_id: [group.id] }) });
    expect(sold.body).toEqual([expect.objectContaining({ qty: 3, amount: 32, orders: 3 })]); // the leader's ¥10 and two ¥11
    expect(Number((await t.database.db('promotion_items').where({ promotion_id: group.id }).first()).sold)).toBe(3);
    expect((await sales.get(`/api/promotions/${group.id}/results`)).body).toMatchObject({
      units: 3, revenue: 32, buyers: 3, held_units: 0, groups: { opened: 1, open: 0, succeeded: 1, failed: 0, success_rate_pct: 100 },
    });
    // Joining twice, or a retried join, never takes a second place.
    const again = await engine(`/groups/${opened.body.id}/join`, { customer_id: 'joiner-0', order_no: joins.findIndex((r) => r.status === 200) >= 0 ? `G-J${joins.findIndex((r) => r.status === 200)}` : 'x' });
    expect(again.status).toBe(200);
    await cancel(group.id);
  }, 60_000);

  test('should fail a short group at its expiry instant, cancel its orders and give back the stock; succeed one at the auto-fill share', async () => {
    const plain = await promotion({ name: '两人团', type: 'group_buy', items: [{ sku_id: ids.ibu, promo_price: 11, group_size: 2, group_window_hours: 2, stock_limit: 10, per_customer_limit: 1 }] });
    const lonely = await engine('/groups', { promotion_id: plain.id, sku_code: 'IBU-20', customer_id: 'alone', order_no: 'G-ALONE' });
    expect(lonely.status, JSON.stringify(lonely.body)).toBe(201);
    clock.set(new Date(Date.parse(NOW) + 2 * HOUR - 1).toISOString());
    expect((await request(t.app).get(`/api/engine/groups/${lonely.body.id}`).set('X-Api-Key', jdKey)).body.status).toBe('open');
    clock.set(at(2));
    promo = await t.login('promotion@acme.test'); // sessions live by the clock
    const late = await engine(`/groups/${lonely.body.id}/join`, { customer_id: 'late', order_no: 'G-LATE' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('group_closed');
    const failed = await request(t.app).get(`/api/engine/groups/${lonely.body.id}`).set('X-Api-Key', jdKey);
    expect(failed.body).toMatchObject({ status: 'failed', members: 1, buyers: [{ order_status: 'cancelled' }] });
    const item = await t.database.db('promotion_items').where({ promotion_id: plain.id }).first();
    expect(Number(item.sold)).toBe(0);
    expect((await sales.get(`/api/promotions/${plain.id}/results`)).body).toMatchObject({ units: 0, groups: { opened: 1, failed: 1, success_rate_pct: 0 } });
    // The buyer's place is given back too: they may open another group.
    expect((await engine('/groups', { promotion_id: plain.id, sku_code: 'IBU-20', customer_id: 'alone', order_no: 'G-ALONE-2' })).status).toBe(201);
    await cancel(plain.id);

    const autoFill = await promotion({ name: '五人团 自动成团', type: 'group_buy', start_at: at(2), items: [{ sku_id: ids.ibu, promo_price: 11, group_size: 5, group_window_hours: 1, auto_fill_pct: 60, stock_limit: 10 }] });
    const g = await engine('/groups', { promotion_id: autoFill.id, sku_code: 'IBU-20', customer_id: 'a1', order_no: 'G-AF1' });
    for (const n of [2, 3]) expect((await engine(`/groups/${g.body.id}/join`, { customer_id: `a${n}`, order_no: `G-AF${n}` })).status).toBe(200);
    clock.set(at(3));
    expect(await sweepExpiredGroups(t.database.db)).toBeGreaterThanOrEqual(1); // the periodic sweep settles it without a read
    const done = await request(t.app).get(`/api/engine/groups/${g.body.id}`).set('X-Api-Key', jdKey);
    expect(done.body).toMatchObject({ status: 'succeeded', members: 3, buyers: [{ order_status: 'paid' }, { order_status: 'paid' }, { order_status: 'paid' }] });
    const list = await (await t.login('manager@acme.test')).get('/api/promotion-groups').query({ filter: JSON.stringify({ promotion_id: autoFill.id }) });
    expect(list.body).toEqual([expect.objectContaining({ id: g.body.id, status: 'succeeded', members: 3, size: 5 })]);
    await cancel(autoFill.id);
  }, 60_000);

  // Last: its orders and the new B2B price would change what the tests above count.
  test('should quote from kept snapshots that see every committed change at once: an order, a sell-out, a cancellation, a new price', async () => {
    promo = await t.login('promotion@acme.test'); // the test above moved the clock on
    const quoteFor = async (customer: string, qty = 1) => (await engine('/quote', { sku_code: 'IBU-20', qty, customer_id: customer })).body;
    const flash = await promotion({ name: '快照秒杀', type: 'flash_sale', stackable: true, items: [{ sku_id: ids.ibu, promo_price: 11, stock_limit: 2, per_customer_limit: 1 }] });
    expect(await quoteFor('snap-a')).toMatchObject({ rule: 'flash_sale', unit_price: 11 });
    expect(await quoteFor('snap-b')).toMatchObject({ rule: 'flash_sale', unit_price: 11 });
    // The buyer's own unit: the next quote for them is refused by the limit, others still get it.
    expect((await engine('/orders', { order_no: orderNo(), customer_id: 'snap-a', lines: [{ sku_code: 'IBU-20', qty: 1, promotion_id: flash.id }] })).status).toBe(201);
    expect(await quoteFor('snap-a')).toMatchObject({ rule: 'everyday', refused: [{ promotion_id: flash.id, code: 'limit_exceeded' }] });
    expect(await quoteFor('snap-b')).toMatchObject({ rule: 'flash_sale' });
    // The last unit sold: everyone is refused as sold out.
    expect((await engine('/orders', { order_no: orderNo(), customer_id: 'snap-b', lines: [{ sku_code: 'IBU-20', qty: 1, promotion_id: flash.id }] })).status).toBe(201);
    expect(await quoteFor('snap-c')).toMatchObject({ rule: 'everyday', refused: [{ promotion_id: flash.id, code: 'sold_out' }] });
    // A promotion approved or cancelled in the console shows in the very next quote.
    const discount = await promotion({ name: '快照折扣', type: 'limited_discount', stackable: true, items: [{ sku_id: ids.ibu, discount_pct: 20 }] });
    expect(await quoteFor('snap-c')).toMatchObject({ rule: 'limited_discount', promotion_id: discount.id, unit_price: 12.64 });
    await cancel(discount.id);
    expect(await quoteFor('snap-c')).toMatchObject({ rule: 'everyday', unit_price: 15.8 });
    await cancel(flash.id);
    expect((await quoteFor('snap-c')).refused).toEqual([]);
    // A new everyday price decided in the console (on the B2B channel) is quoted at once.
    const b2bQuote = async () => (await engine('/quote', { sku_code: 'AMX-12', qty: 1, customer_id: 'clinic-1' }, b2bKey)).body;
    expect(await b2bQuote()).toMatchObject({ rule: 'everyday', unit_price: 9.9 });
    const requested = await sales.post('/api/channel-prices').send({ sku_id: ids.amx, channel_id: ids.b2b, price: 9.6, effective_from: NOW });
    expect(requested.status, JSON.stringify(requested.body)).toBe(201);
    if (requested.body.status === 'pending') {
      const manager = await t.login('manager@acme.test');
      expect((await manager.post(`/api/channel-prices/${requested.body.id}/approve`).send({})).status).toBe(200);
    }
    expect(await b2bQuote()).toMatchObject({ rule: 'everyday', unit_price: 9.6 });
  });

});
