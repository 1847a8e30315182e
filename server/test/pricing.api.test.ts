import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

const ok200 = (res: { status: number; body: Record<string, unknown> }) => {
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

describe.each(databases)('channel pricing on %s', (kind) => {
  let t: TestApp;
  let sales: Awaited<ReturnType<TestApp['login']>>;
  let manager: Awaited<ReturnType<TestApp['login']>>;
  let admin: Awaited<ReturnType<TestApp['login']>>;
  // The server's clock starts on the day the first prices take effect and only moves forward.
  beforeAll(async () => {
    clock.set('2031-01-01T00:00:00.000Z');
    t = await startTestApp(kind);
    sales = await t.login('sales@acme.test');
    manager = await t.login('manager@acme.test');
    admin = await t.login('admin@acme.test');
    const policies = [
      { sku_id: t.fixture.skus['AMX-12'], control_price: 9, promo_floor_price: 7.5 },
      { sku_id: t.fixture.skus['AMX-24'], control_price: 17, promo_floor_price: 15 },
      { sku_id: t.fixture.skus['IBU-20'], control_price: 14, promo_floor_price: 12 },
    ];
    for (const p of policies) expect((await sales.post('/api/price-policies').send(p)).status).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    clock.reset();
  });

  /** Moves the server's clock forward; sessions last a week, so everyone logs in again. */
  async function moveClockTo(at: string) {
    clock.set(at);
    [sales, manager, admin] = await Promise.all([t.login('sales@acme.test'), t.login('manager@acme.test'), t.login('admin@acme.test')]);
  }

  const request = (agent = sales, body: Record<string, unknown> = {}) =>
    agent.post('/api/channel-prices').send({ sku_id: t.fixture.skus['IBU-20'], channel_id: t.fixture.channels.JD, price: 15, effective_from: '2031-01-01T00:00:00Z', ...body });

  test('should validate price policies and keep them to sales and admins', async () => {
    const bad = await sales.post('/api/price-policies').send({ sku_id: t.fixture.skus['IBU-50'], control_price: 10, promo_floor_price: 12 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.promo_floor_price).toMatch(/floor/);
    expect((await manager.post('/api/price-policies').send({ sku_id: t.fixture.skus['IBU-50'], control_price: 10, promo_floor_price: 8 })).status).toBe(403);
    const list = await (await t.login('promotion@acme.test')).get('/api/price-policies');
    expect(list.status).toBe(200);
    expect(list.body.find((p: { sku_id: number }) => p.sku_id === t.fixture.skus['AMX-12'])).toMatchObject({ control_price: 9, promo_floor_price: 7.5 });
    const duplicate = await sales.post('/api/price-policies').send({ sku_id: t.fixture.skus['AMX-12'], control_price: 9, promo_floor_price: 7 });
    expect(duplicate.status).toBe(409);
  });

  test('should approve a first price at or above control automatically and keep a lower one pending', async () => {
    const ok = await request(sales, { sku_id: t.fixture.skus['AMX-12'], price: 9.9 });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ status: 'approved', approval_reason: 'first_price', price: 9.9, unit_price: 0.825, control_price: 9 });
    const low = await request(sales, { sku_id: t.fixture.skus['AMX-12'], price: 8.5, effective_from: '2031-02-01T00:00:00Z' });
    expect(low.body).toMatchObject({ status: 'pending', approval_reason: 'below_control', current_price: 9.9 });
    const pending = await manager.get('/api/channel-prices').query({ filter: JSON.stringify({ status: 'pending' }) });
    expect(pending.body.map((p: { id: number }) => p.id)).toContain(low.body.id);
  });

  test('should need a manager for a change of 20% or more, not for a smaller one', async () => {
    const channel = t.fixture.channels.DIST;
    const sku = t.fixture.skus['AMX-24'];
    expect((await request(sales, { sku_id: sku, channel_id: channel, price: 20 })).body.status).toBe('approved');
    expect((await request(sales, { sku_id: sku, channel_id: channel, price: 23.9, effective_from: '2031-02-01T00:00:00Z' })).body.status).toBe('approved');
    const big = await request(sales, { sku_id: sku, channel_id: channel, price: 30, effective_from: '2031-03-01T00:00:00Z' });
    expect(big.body).toMatchObject({ status: 'pending', approval_reason: 'large_change' });
  });

  test('should answer 400 per field for a malformed price request and 405 for rewriting history', async () => {
    const res = await request(sales, { price: -1, effective_from: 'next week', effective_to: '2020-01-01', sku_id: 'abc' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(expect.arrayContaining(['effective_from', 'price', 'sku_id']));
    const backwards = await request(sales, { effective_from: '2031-06-01', effective_to: '2031-05-01' });
    expect(backwards.body.errors.effective_to).toMatch(/after the start/);
    const unknownSku = await request(sales, { sku_id: 999999 });
    expect(unknownSku.status).toBe(400);
    expect(unknownSku.body.errors.sku_id).toMatch(/not found/);
    expect((await sales.put(`/api/channel-prices/${t.fixture.skus['AMX-12']}`).send({ price: 1 })).status).toBe(405);
  });

  test('should refuse a price on a channel the SKU scope forbids', async () => {
    const res = await request(sales, { sku_id: t.fixture.skus['AMX-24'], channel_id: t.fixture.channels.JD, price: 20 });
    expect(res.status).toBe(400);
    expect(res.body.errors.channel_id).toMatch(/offline-only/);
  });

  test('should refuse self-approval and let another manager decide', async () => {
    const own = await request(admin, { sku_id: t.fixture.skus['IBU-20'], price: 10 });
    expect(own.body.status).toBe('pending');
    const self = await admin.post(`/api/channel-prices/${own.body.id}/approve`).send({});
    expect(self.status).toBe(403);
    expect((await sales.post(`/api/channel-prices/${own.body.id}/approve`).send({})).status).toBe(403);
    const approved = await manager.post(`/api/channel-prices/${own.body.id}/approve`).send({ note: 'Clearance' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', approved_by: t.fixture.users.manager, decision_note: 'Clearance' });
    expect((await manager.post(`/api/channel-prices/${own.body.id}/reject`).send({ note: 'late' })).status).toBe(409);
  });

  test('should require a reason to reject', async () => {
    const req = await request(sales, { sku_id: t.fixture.skus['IBU-20'], price: 5, effective_from: '2031-05-01T00:00:00Z' });
    const missing = await manager.post(`/api/channel-prices/${req.body.id}/reject`).send({});
    expect(missing.status).toBe(400);
    expect(missing.body.errors.note).toBeTruthy();
    const rejected = await manager.post(`/api/channel-prices/${req.body.id}/reject`).send({ note: 'Below floor' });
    expect(rejected.body.status).toBe('rejected');
  });

  test('should let exactly one of two managers acting at once win', async () => {
    const req = await request(sales, { sku_id: t.fixture.skus['IBU-20'], price: 4, effective_from: '2031-05-02T00:00:00Z' });
    const results = await Promise.all([
      manager.post(`/api/channel-prices/${req.body.id}/approve`).send({}),
      admin.post(`/api/channel-prices/${req.body.id}/reject`).send({ note: 'no' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  test('should let a newly approved price take over from its date while a future one waits', async () => {
    const sku = t.fixture.skus['IBU-20'];
    const channel = t.fixture.channels.DIST;
    const first = await request(sales, { sku_id: sku, channel_id: channel, price: 16, effective_from: '2031-01-01T00:00:00Z' });
    const second = await request(sales, { sku_id: sku, channel_id: channel, price: 17, effective_from: '2031-06-01T00:00:00Z' });
    const future = await request(sales, { sku_id: sku, channel_id: channel, price: 18, effective_from: '2099-01-01' });
    expect([first.body.status, second.body.status, future.body.status]).toEqual(['approved', 'approved', 'approved']);
    const inForce = async (at: string) =>
      (await sales.get('/api/channel-prices').query({ filter: JSON.stringify({ sku_id: sku, channel_id: channel, in_force_at: at }) })).body;
    expect((await inForce('2031-03-01T00:00:00Z')).map((p: { id: number }) => p.id)).toEqual([first.body.id]);
    expect((await inForce('2031-06-01T00:00:00Z')).map((p: { id: number }) => p.id)).toEqual([second.body.id]);
    expect((await inForce('2031-07-01T00:00:00Z')).map((p: { id: number }) => p.id)).toEqual([second.body.id]);
    expect((await inForce('2099-01-01T00:00:00+08:00')).map((p: { id: number }) => p.id)).toEqual([future.body.id]);
    expect(await inForce('2030-01-01T00:00:00Z')).toEqual([]);

    await moveClockTo('2031-07-01T00:00:00.000Z');
    const matrix = await sales.get('/api/price-matrix').query({ filter: JSON.stringify({ id: [sku] }) });
    expect(matrix.headers['content-range']).toBe('price-matrix 0-0/1');
    expect(matrix.body[0].cells[channel]).toMatchObject({ price: 17, unit_price: 0.85, scheduled: { price: 18 } });
  });

  test('should switch the matrix to a scheduled price once its start passes', async () => {
    const sku = t.fixture.skus['AMX-12'];
    const channel = t.fixture.channels.JD; // 9.90 in force since the first test
    const soon = new Date(clock.nowMs() + 90_000).toISOString();
    expect((await request(sales, { sku_id: sku, channel_id: channel, price: 10.5, effective_from: soon })).body.status).toBe('approved');
    const cell = async () => (await sales.get('/api/price-matrix').query({ filter: JSON.stringify({ id: [sku] }) })).body[0].cells[channel];
    expect(await cell()).toMatchObject({ price: 9.9, scheduled: { price: 10.5, effective_from: soon } });
    clock.advance(89_999);
    expect(await cell()).toMatchObject({ price: 9.9 });
    clock.advance(1);
    expect(await cell()).toMatchObject({ price: 10.5, effective_from: soon, scheduled: null });
  });

  test('should write a batch all-or-nothing with per-row errors', async () => {
    const before = (await sales.get('/api/channel-prices').query({ range: '[0,0]' })).headers['content-range'];
    const bad = await sales.post('/api/channel-prices/batch').send({
      effective_from: '2031-09-01', reason: 'Autumn',
      changes: [
        { sku_id: t.fixture.skus['IBU-50'], channel_id: t.fixture.channels.DIST, price: 40 },
        { sku_id: t.fixture.skus['IBU-50'], channel_id: t.fixture.channels.JD, price: 40 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors['changes.1.channel_id']).toMatch(/offline-only/);
    expect((await sales.get('/api/channel-prices').query({ range: '[0,0]' })).headers['content-range']).toBe(before);

    const good = await sales.post('/api/channel-prices/batch').send({
      effective_from: '2031-09-01', reason: 'Autumn',
      changes: [{ sku_id: t.fixture.skus['IBU-50'], channel_id: t.fixture.channels.DIST, price: 40 }],
    });
    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({ created: 1, pending: 1 }); // IBU-50 has no price policy yet
  });

  test('should keep prices per tenant and per role', async () => {
    const rival = await t.login('admin@rival.test');
    const mine = await request(sales, { sku_id: t.fixture.skus['IBU-20'], price: 3, effective_from: '2031-10-01' });
    expect((await rival.get(`/api/channel-prices/${mine.body.id}`)).status).toBe(404);
    expect((await rival.post(`/api/channel-prices/${mine.body.id}/approve`).send({})).status).toBe(404);
    expect((await rival.get('/api/channel-prices')).body).toEqual([]);
    expect((await rival.get('/api/price-matrix')).body.map((r: { code: string }) => r.code)).toEqual(['RIV-10']);
    expect((await rival.post('/api/channel-prices').send({ sku_id: t.fixture.skus['IBU-20'], channel_id: t.fixture.channels['RIV-MINI'], price: 1, effective_from: '2031-10-01' })).status).toBe(400);
    const promo = await t.login('promotion@acme.test');
    expect((await promo.get('/api/channel-prices')).status).toBe(200);
    expect((await promo.post('/api/channel-prices').send({})).status).toBe(403);
    expect((await manager.post('/api/channel-prices').send({})).status).toBe(403);
    expect((await promo.get('/api/pricing/parity')).status).toBe(200);
  });

  test('should flag a parity breach when online per-unit undercuts offline beyond tolerance', async () => {
    // Ibuprofen offline: IBU-20 on DIST. Online: IBU-20 on JD. Compare per unit.
    const rows = async () => (await manager.get('/api/pricing/parity').query({ filter: JSON.stringify({ product_id: t.fixture.products.ibuprofen }) })).body;
    const [row] = await rows();
    expect(row.offline_unit_price).toBe(0.85);
    const online = row.online_unit_price;
    expect(online).toBeGreaterThan(0);
    const cheap = await request(admin, { sku_id: t.fixture.skus['IBU-20'], price: 14.5, effective_from: '2031-11-01T00:00:00Z' });
    if (cheap.body.status === 'pending') await manager.post(`/api/channel-prices/${cheap.body.id}/approve`).send({});
    await moveClockTo('2031-11-01T00:00:00.000Z');
    const [after] = await rows();
    expect(after).toMatchObject({ online_unit_price: 0.725, offline_unit_price: 0.85, tolerance: 0.05, breach: true });
    const breaches = await manager.get('/api/pricing/parity').query({ filter: JSON.stringify({ breach: true }) });
    expect(breaches.body.map((r: { product_id: number }) => r.product_id)).toContain(t.fixture.products.ibuprofen);
  });

  test('should let only admins change company pricing rules, validated and versioned', async () => {
    const current = (await sales.get('/api/settings')).body;
    expect(current).toMatchObject({ parity_tolerance: 0.05, auto_approve_threshold: 0.2, time_zone: 'Asia/Shanghai', version: expect.any(Number) });
    expect((await sales.put('/api/settings').send({ ...current, parity_tolerance: 0.1 })).status).toBe(403);
    const bad = await admin.put('/api/settings').send({ ...current, parity_tolerance: 2, time_zone: 'Mars/Olympus' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['parity_tolerance', 'time_zone']);
    expect((await admin.put('/api/settings').send({ parity_tolerance: 0.05, auto_approve_threshold: 0.3 })).body.errors.version).toBeTruthy();
    const ok = await admin.put('/api/settings').send({ ...current, auto_approve_threshold: 0.3 });
    expect(ok.body).toMatchObject({ auto_approve_threshold: 0.3, version: current.version + 1 });
    // A second admin who read the old version does not silently undo it.
    const stale = await admin.put('/api/settings').send({ ...current, parity_tolerance: 0.08 });
    expect(stale.status).toBe(409);
    expect((await admin.get('/api/settings')).body).toMatchObject({ parity_tolerance: 0.05, auto_approve_threshold: 0.3 });
    // A 25% rise now passes without a manager.
    const rise = await request(sales, { sku_id: t.fixture.skus['AMX-24'], channel_id: t.fixture.channels.DIST, price: 29.5, effective_from: '2031-12-01T00:00:00Z' });
    expect(rise.body.status).toBe('approved');
    await admin.put('/api/settings').send({ ...ok.body, auto_approve_threshold: 0.2 });
  });

  test('should read a bare date at midnight in the company time zone', async () => {
    const date = { sku_id: t.fixture.skus['AMX-24'], channel_id: t.fixture.channels.DIST, price: 19.9 };
    const shanghai = await request(sales, { ...date, effective_from: '2031-12-05' });
    expect(shanghai.body.effective_from).toBe('2031-12-04T16:00:00.000Z');
    const settings = (await admin.get('/api/settings')).body;
    const utc = ok200(await admin.put('/api/settings').send({ ...settings, time_zone: 'UTC' }));
    try {
      const inUtc = await request(sales, { ...date, price: 19.8, effective_from: '2031-12-06' });
      expect(inUtc.body.effective_from).toBe('2031-12-06T00:00:00.000Z');
    } finally {
      ok200(await admin.put('/api/settings').send({ ...utc, time_zone: 'Asia/Shanghai' }));
    }
  });

  test('should audit requests and decisions', async () => {
    const req = await request(sales, { sku_id: t.fixture.skus['IBU-20'], price: 2, effective_from: '2031-12-02' });
    await manager.post(`/api/channel-prices/${req.body.id}/reject`).send({ note: 'too low' });
    const audit = await admin.get('/api/audit-logs').query({ filter: JSON.stringify({ resource: 'channel-prices', record_id: req.body.id }), sort: '["id","ASC"]' });
    expect(audit.body.map((a: { action: string; user_email: string }) => `${a.action}:${a.user_email}`)).toEqual(['create:sales@acme.test', 'update:manager@acme.test']);
    expect(audit.body[1].after.status).toBe('rejected');
  });
});
