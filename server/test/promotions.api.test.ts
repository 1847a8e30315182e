import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown>;

const NOW = '2026-11-01T00:00:00.000Z';
const DAY = 86_400_000;
const at = (days: number) => new Date(Date.parse(NOW) + days * DAY).toISOString();

/** Promotions: drafts, the rules (Rx guard, scope, floors, the 7-day price rule, conflicts), the approval workflow and the clock-derived states. */
describe.each(databases)('promotions on %s', (kind) => {
  let t: TestApp;
  let promo: Agent;
  let manager: Agent;
  let admin: Agent;
  let sales: Agent;
  let ids: { jd: number; dist: number; b2b: number; ibu: number; amx: number; ibu50: number };

  const flash = (patch: Row = {}, item: Row = {}) => ({
    name: '双11 秒杀', type: 'flash_sale', channel_ids: [ids.jd], start_at: at(10), end_at: at(12),
    items: [{ sku_id: ids.ibu, promo_price: 12, stock_limit: 100, per_customer_limit: 2, ...item }], ...patch,
  });
  const create = async (body: Row, agent = promo) => {
    const res = await agent.post('/api/promotions').send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Row & { id: number; version: number };
  };
  const submit = (id: number, agent = promo) => agent.post(`/api/promotions/${id}/submit`).send({});

  beforeAll(async () => {
    clock.set(NOW);
    t = await startTestApp(kind);
    [promo, manager, admin, sales] = await Promise.all(['promotion', 'manager', 'admin', 'sales'].map((r) => t.login(`${r}@acme.test`)));
    const b2b = await admin.post('/api/channels').send({ name: '药师帮', code: 'YSB', type: 'online', platform: 'yaoshibang', commission_rate: 0.03 });
    expect(b2b.status, JSON.stringify(b2b.body)).toBe(201);
    expect(b2b.body.audience).toBe('b2b'); // from the platform when not given
    ids = {
      jd: t.fixture.channels.JD, dist: t.fixture.channels.DIST, b2b: b2b.body.id,
      ibu: t.fixture.skus['IBU-20'], amx: t.fixture.skus['AMX-12'], ibu50: t.fixture.skus['IBU-50'],
    };
    const stamp = { org_id: t.fixture.orgs.acme, version: 1, created_at: NOW, updated_at: NOW };
    // IBU-20: control ¥15, floor ¥10; its JD price ¥15.80 for a year.
    await t.database.db('price_policies').insert({ ...stamp, sku_id: ids.ibu, control_price: 1500, promo_floor_price: 1000 });
    await t.database.db('channel_prices').insert({
      ...stamp, sku_id: ids.ibu, channel_id: ids.jd, price: 1580, effective_from: at(-365), effective_to: null, status: 'approved',
      approval_reason: 'first_price', requested_by: t.fixture.users.sales, kind: 'price',
    });
  });
  afterAll(async () => {
    clock.reset();
    await t.close();
  });
  beforeEach(() => clock.set(NOW));

  test('should create a draft with its items, in yuan, and list it by state, channel and SKU', async () => {
    const created = await create(flash({ slots: [{ start: '10:00', end: '12:00' }], warmup_hours: 24 }));
    expect(created).toMatchObject({
      status: 'draft', state: 'draft', type: 'flash_sale', channel_ids: [ids.jd], stackable: false, slots: [{ start: '10:00', end: '12:00' }], warmup_hours: 24,
      items: [{ sku_id: ids.ibu, promo_price: 12, stock_limit: 100, sold: 0, per_customer_limit: 2, discount_pct: null, tiers: null }],
      created_by: t.fixture.users.promotion, created_by_name: 'Acme promotion', version: 1,
    });
    const list = async (filter: Row) => {
      const res = await sales.get('/api/promotions').query({ filter: JSON.stringify(filter) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body as Row[]).map((r) => r.id);
    };
    expect(await list({ state: 'draft', channel_id: ids.jd, sku_id: ids.ibu })).toContain(created.id);
    expect(await list({ state: 'running' })).not.toContain(created.id);
    expect(await list({ sku_id: ids.amx })).not.toContain(created.id);
    expect((await sales.get('/api/promotions').query({ filter: JSON.stringify({ state: 'sideways' }) })).status).toBe(400);
  });

  test('should refuse an Rx SKU on a consumer channel, naming the SKU, and allow it on a B2B channel', async () => {
    const rx = await promo.post('/api/promotions').send(flash({ channel_ids: [ids.jd] }, { sku_id: ids.amx }));
    expect(rx.status).toBe(400);
    expect(rx.body.key).toBe('promotion_rx_guard');
    expect(rx.body.message).toContain('AMX-12');
    expect(rx.body.errors['items.0.sku_id']).toMatch(/prescription/i);
    const b2b = await promo.post('/api/promotions').send(flash({ type: 'volume_tier', channel_ids: [ids.b2b] }, {
      sku_id: ids.amx, promo_price: null, stock_limit: null, per_customer_limit: null, tiers: [{ min_qty: 10, unit_price: 9 }, { min_qty: 50, unit_price: 8.5 }],
    }));
    expect(b2b.status, JSON.stringify(b2b.body)).toBe(201);
    // Volume tiers are for B2B channels only.
    const tiersToConsumers = await promo.post('/api/promotions').send(flash({ type: 'volume_tier', channel_ids: [ids.jd] }, {
      promo_price: null, stock_limit: null, per_customer_limit: null, tiers: [{ min_qty: 10, unit_price: 9 }],
    }));
    expect(tiersToConsumers.status).toBe(400);
    expect(tiersToConsumers.body.errors['channel_ids.0']).toMatch(/B2B/);
    // The SKU's channel scope: IBU-50 is offline-only.
    const scope = await promo.post('/api/promotions').send(flash({}, { sku_id: ids.ibu50 }));
    expect(scope.status).toBe(400);
    expect(scope.body.errors['items.0.sku_id']).toMatch(/scope/);
  });

  test('should approve at submit when every price is at or above the floor, and wait for a manager below it', async () => {
    const atFloor = await create(flash({ start_at: at(20), end_at: at(21) }, { promo_price: 10 }));
    const approved = await submit(atFloor.id);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', state: 'scheduled', submitted_by: t.fixture.users.promotion, approval_reason: null });

    const below = await create(flash({ start_at: at(30), end_at: at(31) }, { promo_price: 9.99 }));
    const pending = await submit(below.id);
    expect(pending.body).toMatchObject({ status: 'pending', state: 'pending', approval_reason: 'below_floor' });
    // The author's own manager role would not help: promotion staff cannot approve at all; sales neither.
    expect((await promo.post(`/api/promotions/${below.id}/approve`).send({})).status).toBe(403);
    expect((await sales.post(`/api/promotions/${below.id}/approve`).send({})).status).toBe(403);
    expect((await manager.post(`/api/promotions/${below.id}/reject`).send({})).status).toBe(400); // a rejection needs its note
    const decided = await manager.post(`/api/promotions/${below.id}/approve`).send({ note: '双11 清库存' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toMatchObject({ status: 'approved', decided_by: t.fixture.users.manager, decision_note: '双11 清库存' });
    // Deciding twice: the second finds nothing pending.
    expect((await admin.post(`/api/promotions/${below.id}/approve`).send({})).status).toBe(409);
    // The author hears about it.
    const bell = await promo.get('/api/notifications');
    expect(JSON.stringify(bell.body)).toContain('promotion_approved');
  });

  test('should never let a manager approve their own promotion while a second approver is required', async () => {
    const own = await create(flash({ start_at: at(40), end_at: at(41) }, { promo_price: 5 }), manager).catch(() => null);
    // Managers only read promotions: they cannot write one at all.
    expect(own).toBeNull();
    const byAdmin = await create(flash({ start_at: at(40), end_at: at(41) }, { promo_price: 5 }), admin);
    expect((await submit(byAdmin.id, admin)).body.status).toBe('pending');
    const self = await admin.post(`/api/promotions/${byAdmin.id}/approve`).send({ note: 'mine' });
    expect(self.status).toBe(403);
    expect(self.body.key).toBe('promotion_own');
    const rejected = await manager.post(`/api/promotions/${byAdmin.id}/reject`).send({ note: '低于底价太多' });
    expect(rejected.body).toMatchObject({ status: 'rejected', state: 'rejected', decision_note: '低于底价太多' });
    expect((await admin.put(`/api/promotions/${byAdmin.id}`).send({ ...flash(), version: rejected.body.version })).status).toBe(409); // final
  });

  test('should answer 409 naming the other promotion when two non-stackable ones overlap on a SKU and channel', async () => {
    const first = await create(flash({ name: '先到的秒杀', start_at: at(50), end_at: at(55) }));
    expect((await submit(first.id)).body.status).toBe('approved');
    const second = await create(flash({ name: '重叠的折扣', type: 'limited_discount', start_at: at(54), end_at: at(60) }, { promo_price: null, discount_pct: 10, stock_limit: null }));
    const clash = await submit(second.id);
    expect(clash.status).toBe(409);
    expect(clash.body.key).toBe('promotion_conflict');
    expect(clash.body.message).toContain('先到的秒杀');
    expect(clash.body.params).toMatchObject({ id: first.id, sku: 'IBU-20' });
    // Both stackable: allowed. Touching periods: allowed.
    await promo.put(`/api/promotions/${second.id}`).send({ ...second, start_at: at(55), version: second.version });
    expect((await submit(second.id)).body.status).toBe('approved');
  });

  test('should refuse at submit a promotion whose everyday price was raised in the 7 days before it', async () => {
    const stamp = { org_id: t.fixture.orgs.acme, version: 1, created_at: NOW, updated_at: NOW };
    await t.database.db('channel_prices').insert({
      ...stamp, sku_id: ids.ibu, channel_id: ids.jd, price: 1680, effective_from: at(70), effective_to: null, status: 'approved',
      approval_reason: 'small_change', requested_by: t.fixture.users.sales, kind: 'price',
    });
    const soon = await create(flash({ start_at: at(75), end_at: at(76) }));
    const refused = await submit(soon.id);
    expect(refused.status).toBe(400);
    expect(refused.body.key).toBe('promotion_price_raised');
    expect(refused.body.errors['items.0.sku_id']).toMatch(/7 days/);
    // Starting more than 7 days after the raise is fine.
    await promo.put(`/api/promotions/${soon.id}`).send({ ...soon, start_at: at(78), end_at: at(79), version: soon.version });
    expect((await submit(soon.id)).status).toBe(200);
  });

  test('should run by the clock, keep its stock above what sold, and send a lowered price back to a manager', async () => {
    const running = await create(flash({ start_at: at(90), end_at: at(95) }, { promo_price: 12 }));
    const approved = (await submit(running.id)).body;
    clock.set(at(91));
    // Sessions expire with the clock: log in again on the promotion's second day.
    const promo = await t.login('promotion@acme.test');
    expect((await promo.get(`/api/promotions/${running.id}`)).body.state).toBe('running');
    await t.database.db('promotion_items').where({ promotion_id: running.id }).update({ sold: 40 });
    const tooLow = await promo.put(`/api/promotions/${running.id}`).send({ ...approved, items: [{ ...approved.items[0], stock_limit: 39 }] });
    expect(tooLow.status).toBe(400);
    expect(tooLow.body.errors['items.0.stock_limit']).toMatch(/sold/);
    // An item with sales cannot be swapped out for another SKU.
    const other = await (await t.login('admin@acme.test')).post('/api/skus').send({ product_id: t.fixture.products.ibuprofen, code: 'IBU-30', name: 'IBU-30', pack_desc: '×30', units_per_pack: 30, unit: '粒', channel_scope: 'all', guide_price: 25 });
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    const swapped = await promo.put(`/api/promotions/${running.id}`).send({ ...approved, items: [{ ...approved.items[0], sku_id: other.body.id }] });
    expect(swapped.status).toBe(400);
    expect(swapped.body.errors.items).toMatch(/sold/);
    expect((await promo.get(`/api/promotions/${running.id}`)).body.items).toEqual([expect.objectContaining({ sku_id: ids.ibu, sold: 40 })]);
    // More stock and a higher price: stays approved and running.
    const more = await promo.put(`/api/promotions/${running.id}`).send({ ...approved, items: [{ ...approved.items[0], stock_limit: 200, promo_price: 13 }] });
    expect(more.status, JSON.stringify(more.body)).toBe(200);
    expect(more.body).toMatchObject({ status: 'approved', state: 'running' });
    expect(more.body.items[0]).toMatchObject({ stock_limit: 200, sold: 40, promo_price: 13 });
    // A lower price while running (even above the floor) needs a new approval.
    const lower = await promo.put(`/api/promotions/${running.id}`).send({ ...more.body, items: [{ ...more.body.items[0], promo_price: 11 }] });
    expect(lower.body).toMatchObject({ status: 'pending', approval_reason: 'price_lowered' });
    clock.set(at(96));
    const manager = await t.login('manager@acme.test');
    expect((await manager.post(`/api/promotions/${running.id}/approve`).send({})).status).toBe(409); // its period is over
  });

  test('should cancel what has not ended, delete only drafts, and keep every change in the audit log', async () => {
    const draft = await create(flash({ start_at: at(100), end_at: at(101) }));
    const scheduled = await create(flash({ start_at: at(102), end_at: at(103) }));
    await submit(scheduled.id);
    expect((await promo.delete(`/api/promotions/${scheduled.id}`)).status).toBe(409);
    const cancelled = await promo.post(`/api/promotions/${scheduled.id}/cancel`).send({});
    expect(cancelled.body).toMatchObject({ status: 'cancelled', state: 'cancelled' });
    expect((await promo.post(`/api/promotions/${scheduled.id}/cancel`).send({})).status).toBe(409);
    expect((await promo.delete(`/api/promotions/${draft.id}`)).status).toBe(200);
    expect((await promo.get(`/api/promotions/${draft.id}`)).status).toBe(404);
    const audit = await admin.get('/api/audit-logs').query({ filter: JSON.stringify({ resource: 'promotions', record_id: scheduled.id }) });
    expect((audit.body as Row[]).length).toBeGreaterThanOrEqual(3); // created, submitted, cancelled
  });

  test('should keep each company to its own promotions, channels and SKUs', async () => {
    const mine = await create(flash({ start_at: at(110), end_at: at(111) }));
    const rival = await t.login('admin@rival.test');
    expect((await rival.get(`/api/promotions/${mine.id}`)).status).toBe(404);
    expect((await rival.post(`/api/promotions/${mine.id}/submit`).send({})).status).toBe(404);
    expect((await rival.post(`/api/promotions/${mine.id}/cancel`).send({})).status).toBe(404);
    expect(((await rival.get('/api/promotions')).body as Row[]).map((r) => r.id)).not.toContain(mine.id);
    // Acme's channel and SKU ids are not the rival's to use.
    const foreign = await rival.post('/api/promotions').send(flash({ channel_ids: [ids.jd] }));
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toMatchObject({ 'channel_ids.0': expect.any(String), 'items.0.sku_id': expect.any(String) });
  });
});
