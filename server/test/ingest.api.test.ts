import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown>;

/** Channel systems push orders with an API key: scoped to its channel and company, all or nothing, idempotent. */
describe.each(databases)('order ingest on %s', (kind) => {
  let t: TestApp;
  let admin: Agent;
  let key: string;

  const order = (no: string, patch: Row = {}) => ({
    order_no: no, ordered_at: '2026-06-18T12:00:00+08:00', status: 'paid', customer_name: '李四', customer_ref: 'jd_778', customer_type: 'consumer',
    province: '浙江', city: '杭州市', lines: [{ sku_code: 'IBU-20', qty: 2, unit_price: 15.8 }, { gtin: '6901234500011', qty: 1, unit_price: 35 }], ...patch,
  });
  /** `apiKey` null: no header at all. */
  const send = (body: unknown, apiKey: string | null = key) => {
    const req = request(t.app).post('/api/ingest/orders').set('Content-Type', 'application/json');
    return (apiKey === null ? req : req.set('X-Api-Key', apiKey)).send(JSON.stringify(body));
  };
  const stored = () => t.database.db('orders').where({ org_id: t.fixture.orgs.acme, channel_id: t.fixture.channels.JD }).orderBy('order_no').select();
  const dailyAmount = async () => Number((await t.database.db('sales_daily_orders').where({ org_id: t.fixture.orgs.acme }).sum({ a: 'amount' }))[0].a ?? 0);

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.login('admin@acme.test');
    const sku = (await admin.get(`/api/skus/${t.fixture.skus['IBU-50']}`)).body;
    expect((await admin.put(`/api/skus/${sku.id}`).send({ ...sku, gtin: '6901234500011' })).status).toBe(200);
    const res = await admin.post(`/api/channels/${t.fixture.channels.JD}/api-key`);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    key = res.body.key;
    expect(key).toMatch(/^rxk_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$/);
  });
  afterAll(() => t.close());

  test('should show that a key exists, never the key, and store only its hash', async () => {
    const channel = (await admin.get(`/api/channels/${t.fixture.channels.JD}`)).body;
    expect(channel.api_key_prefix).toBe(key.slice(4, 12));
    expect(channel).not.toHaveProperty('api_key_hash');
    expect(JSON.stringify(channel)).not.toContain(key.slice(13));
    const row = await t.database.db('channels').where({ id: t.fixture.channels.JD }).first();
    expect(row.api_key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.api_key_hash).not.toContain(key.slice(13));
  });

  test('should create, then leave unchanged, then update orders sent again, with the rollups in step', async () => {
    const first = await send({ orders: [order('JD-1'), order('JD-2', { status: 'completed', customer_type: 'pharmacy', customer_name: '好药师' })] });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const rows = await stored();
    expect(rows.map((r: Row) => [r.order_no, r.customer_name, r.province, r.source, r.flow, r.sales_day, Number(r.total)])).toEqual([
      ['JD-1', '李*', '浙江省', 'api', 'sell_in', '2026-06-18', 6660],
      ['JD-2', '好药师', '浙江省', 'api', 'sell_in', '2026-06-18', 6660],
    ]);
    expect(await dailyAmount()).toBe(13320);

    expect((await send({ orders: [order('JD-1'), order('JD-2', { status: 'completed', customer_type: 'pharmacy', customer_name: '好药师' })] })).body)
      .toEqual({ created: 0, updated: 0, unchanged: 2 });
    const cancel = await send({ orders: [order('JD-1', { status: 'cancelled' }), order('JD-3')] });
    expect(cancel.body).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect(await dailyAmount()).toBe(13320); // JD-1 left, JD-3 came
    const viaApi = await admin.get('/api/orders').query({ filter: JSON.stringify({ q: 'JD-1' }) });
    expect(viaApi.body[0]).toMatchObject({ status: 'cancelled', version: 2, lines: [expect.objectContaining({ qty: 2 }), expect.objectContaining({ sku_id: t.fixture.skus['IBU-50'] })] });
  });

  test('should find a SKU by its unit GTIN-14 (0 + GTIN-13), as marketplace exports write it', async () => {
    const res = await send({ orders: [order('JD-GTIN14', { lines: [{ gtin: '06901234500011', qty: 3, unit_price: 35 }] })] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const stored = await t.database.db('order_lines').join('orders', 'orders.id', 'order_lines.order_id').where('orders.order_no', 'JD-GTIN14').select('order_lines.sku_id', 'order_lines.qty');
    expect(stored.map((l: Row) => [Number(l.sku_id), Number(l.qty)])).toEqual([[t.fixture.skus['IBU-50'], 3]]);
    // A case's GTIN-14 (leading 1) is another item: unknown here.
    const caseCode = await send({ orders: [order('JD-GTIN14-CASE', { lines: [{ gtin: '16901234500018', qty: 1, unit_price: 35 }] })] });
    expect(caseCode.status).toBe(400);
    expect(caseCode.body.errors).toHaveProperty(['orders.0.lines.0.sku_code']);
  });

  test('should write nothing when any order is invalid, naming each bad order and field', async () => {
    const before = await stored();
    const res = await send({ orders: [order('JD-10'), order('JD-11', { province: '火星' }), order('JD-10'), { order_no: 'x' }, order('JD-12', { lines: [{ sku_code: 'NOPE', qty: 1, unit_price: 1 }] })] });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual(expect.arrayContaining(['orders.1.province', 'orders.2.order_no', 'orders.3.ordered_at', 'orders.3.lines', 'orders.4.lines.0.sku_code']));
    expect(res.body.message).toMatch(/4 orders are not valid; nothing was written/);
    expect(res.body.errors).not.toHaveProperty(['orders.0.order_no']);
    expect(await stored()).toEqual(before);
    expect((await send({ orders: [] })).status).toBe(400);
    expect((await send({ orders: Array.from({ length: 5001 }, (_, i) => order(`B-${i}`)) })).status).toBe(400);
    expect((await send('not an object')).status).toBe(400);
  });

  test('should take the channel and company from the key only, and answer 401 for a missing, wrong or revoked key', async () => {
    const res = await send({ orders: [order('JD-20', { channel_id: t.fixture.channels.DIST, org_id: t.fixture.orgs.rival })] });
    expect(res.status).toBe(200);
    const row = await t.database.db('orders').where({ order_no: 'JD-20' }).first();
    expect([row.channel_id, row.org_id]).toEqual([t.fixture.channels.JD, t.fixture.orgs.acme]);
    // A rival's SKU code means nothing to Acme's key.
    expect((await send({ orders: [order('JD-21', { lines: [{ sku_code: 'RIV-10', qty: 1, unit_price: 1 }] })] })).status).toBe(400);

    for (const bad of [null, '', 'rxk_short', `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`]) {
      const refused = await send({ orders: [order('JD-22')] }, bad);
      expect(refused.status, String(bad)).toBe(401);
      expect(refused.body).toMatchObject({ key: 'api_key_invalid', errors: {} });
    }
    const rivalAdmin = await t.login('admin@rival.test');
    const rivalKey = (await rivalAdmin.post(`/api/channels/${t.fixture.channels['RIV-MINI']}/api-key`)).body.key;
    expect((await send({ orders: [order('RIV-1', { lines: [{ sku_code: 'RIV-10', qty: 1, unit_price: 5 }] })] }, rivalKey)).body).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await t.database.db('orders').where({ order_no: 'RIV-1' }).first('org_id')).toEqual({ org_id: t.fixture.orgs.rival });
    expect((await rivalAdmin.post(`/api/channels/${t.fixture.channels.JD}/api-key`)).status).toBe(404); // not Rival's channel

    // Rotating replaces the key; revoking stops it at once.
    const rotated = (await admin.post(`/api/channels/${t.fixture.channels.JD}/api-key`)).body.key;
    expect((await send({ orders: [order('JD-23')] }, key)).status).toBe(401);
    expect((await send({ orders: [order('JD-23')] }, rotated)).status).toBe(200);
    expect((await admin.delete(`/api/channels/${t.fixture.channels.JD}/api-key`)).body).toEqual({ revoked: true });
    expect((await send({ orders: [order('JD-24')] }, rotated)).status).toBe(401);
    key = (await admin.post(`/api/channels/${t.fixture.channels.JD}/api-key`)).body.key;
  });

  test('should let only admins manage keys', async () => {
    for (const email of ['sales@acme.test', 'manager@acme.test', 'promotion@acme.test']) {
      const agent = await t.login(email);
      expect((await agent.post(`/api/channels/${t.fixture.channels.JD}/api-key`)).status, email).toBe(403);
      expect((await agent.delete(`/api/channels/${t.fixture.channels.JD}/api-key`)).status, email).toBe(403);
    }
    expect((await send({ orders: [order('JD-30')] })).status).toBe(200); // the key still works
  });

  test('should accept a batch of 5,000 orders over 1 MB in one request', async () => {
    const orders = Array.from({ length: 5000 }, (_, i) => order(`BULK-${i}`, { customer_ref: `buyer-${'x'.repeat(40)}-${i}` }));
    const body = JSON.stringify({ orders });
    expect(body.length).toBeGreaterThan(1_000_000);
    const res = await send({ orders });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    expect(res.body).toEqual({ created: 5000, updated: 0, unchanged: 0 });
    expect((await send({ orders })).body).toEqual({ created: 0, updated: 0, unchanged: 5000 });
  }, 60_000);
});
