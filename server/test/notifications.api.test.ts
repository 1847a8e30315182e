import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown>;

const NOW = '2030-03-01T02:00:00.000Z';
const LATER = '2030-04-01';

describe.each(databases)('notifications on %s', (kind) => {
  let t: TestApp;
  let sales: Agent;
  let manager: Agent;
  let admin: Agent;
  let promotion: Agent;
  let rival: Agent;
  let seq = 0;

  beforeAll(async () => {
    clock.set(NOW);
    t = await startTestApp(kind);
    [sales, manager, admin, promotion, rival] = await Promise.all(
      ['sales@acme.test', 'manager@acme.test', 'admin@acme.test', 'promotion@acme.test', 'admin@rival.test'].map((e) => t.login(e)),
    );
  });
  afterAll(async () => {
    await t.close();
    clock.reset();
  });

  const db = () => t.database.db;
  const notificationRows = async () => Number((await db()('notifications').count({ n: '*' }))[0].n);

  /** A request left pending for a manager: the SKU has no price policy yet. */
  async function pendingRequest(requester: Agent = sales, price = 12.5) {
    const res = await requester.post('/api/channel-prices').send({
      sku_id: t.fixture.skus['IBU-20'], channel_id: t.fixture.channels.JD, price, effective_from: `${LATER}T00:00:${String(++seq % 60).padStart(2, '0')}+08:00`,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('pending');
    return res.body as Row & { id: number };
  }

  async function approvedNotification() {
    const request = await pendingRequest();
    expect((await manager.post(`/api/channel-prices/${request.id}/approve`).send({})).status).toBe(200);
    const [latest] = (await sales.get('/api/notifications').query({ sort: '["id","DESC"]', range: '[0,0]' })).body;
    return latest as Row & { id: number };
  }

  test('should give the requester one unread notification with key and params when a manager approves', async () => {
    const before = await notificationRows();
    const request = await pendingRequest(sales, 20.5);
    expect(await notificationRows()).toBe(before); // going pending writes nothing: the approvers' count covers it
    const countBefore = (await sales.get('/api/notifications/unread-count')).body.count;

    expect((await manager.post(`/api/channel-prices/${request.id}/approve`).send({})).status).toBe(200);

    expect(await notificationRows()).toBe(before + 1);
    const list = await sales.get('/api/notifications').query({ filter: JSON.stringify({ read: false }) });
    expect(list.status).toBe(200);
    expect(list.headers['content-range']).toMatch(/^notifications 0-\d+\/\d+$/);
    expect(list.body[0]).toEqual({
      id: expect.any(Number),
      kind: 'price_request',
      key: 'price_request_approved',
      params: { sku: 'IBU-20', channel: 'JD channel', price: '20.50' },
      message: '您为 IBU-20 在 JD channel 提交的价格申请（¥20.50）已通过', // the fixture's users read Chinese
      link: '/price-matrix?q=IBU-20',
      read_at: null,
      created_at: NOW,
    });
    expect((await sales.get('/api/notifications/unread-count')).body).toEqual({ count: countBefore + 1 });
    // the manager who decided is told nothing
    expect((await manager.get('/api/notifications')).body).toEqual([]);
  });

  test('should carry the manager\'s note on a rejection, in the reader\'s language', async () => {
    await db()('users').where({ id: t.fixture.users.sales }).update({ locale: 'en' });
    try {
      const request = await pendingRequest(sales, 3);
      const res = await manager.post(`/api/channel-prices/${request.id}/reject`).send({ note: 'Below the floor' });
      expect(res.status).toBe(200);
      const [latest] = (await sales.get('/api/notifications').query({ sort: '["id","DESC"]', range: '[0,0]' })).body;
      expect(latest).toMatchObject({
        key: 'price_request_rejected',
        params: { sku: 'IBU-20', channel: 'JD channel', price: '3.00', note: 'Below the floor' },
        message: 'Your price request for IBU-20 on JD channel (¥3.00) was rejected: Below the floor',
        read_at: null,
      });
    } finally {
      await db()('users').where({ id: t.fixture.users.sales }).update({ locale: 'zh' });
    }
  });

  test('should not notify anyone when a decision fails', async () => {
    const request = await pendingRequest();
    expect((await manager.post(`/api/channel-prices/${request.id}/approve`).send({})).status).toBe(200);
    const before = await notificationRows();
    expect((await admin.post(`/api/channel-prices/${request.id}/reject`).send({ note: 'late' })).status).toBe(409);
    expect((await sales.post(`/api/channel-prices/${request.id}/approve`).send({})).status).toBe(403);
    expect(await notificationRows()).toBe(before);
  });

  test('should hide a notification from every other user and tenant (404) and leave it unread', async () => {
    const mine = await approvedNotification();
    for (const other of [manager, admin, promotion, rival]) {
      expect((await other.get(`/api/notifications/${mine.id}`)).status).toBe(404);
      const read = await other.post(`/api/notifications/${mine.id}/read`).send({});
      expect(read.status).toBe(404);
      expect(read.body).toMatchObject({ key: 'not_found', errors: {} });
      const list = await other.get('/api/notifications').query({ filter: JSON.stringify({ id: [mine.id] }) });
      expect(list.status).toBe(200);
      expect(list.body).toEqual([]);
      expect((await other.post('/api/notifications/read-all').send({})).status).toBe(200);
    }
    expect((await db()('notifications').where({ id: mine.id }).first()).read_at).toBeNull();
    expect((await sales.get(`/api/notifications/${mine.id}`)).body).toMatchObject({ id: mine.id, read_at: null });
    // nobody can ask for someone else's rows by filter
    expect((await admin.get('/api/notifications').query({ filter: JSON.stringify({ user_id: t.fixture.users.sales }) })).status).toBe(400);
  });

  test('should mark one read once, keeping the first read time, and filter by read', async () => {
    const mine = await approvedNotification();
    const unread = (await sales.get('/api/notifications/unread-count')).body.count;
    const read = await sales.post(`/api/notifications/${mine.id}/read`).send({});
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: mine.id, read_at: NOW });
    expect((await sales.get('/api/notifications/unread-count')).body.count).toBe(unread - 1);

    clock.advance(60_000);
    const again = await sales.post(`/api/notifications/${mine.id}/read`);
    expect(again.status).toBe(200);
    expect(again.body.read_at).toBe(NOW);
    expect((await sales.get('/api/notifications/unread-count')).body.count).toBe(unread - 1);

    const readOnes = (await sales.get('/api/notifications').query({ filter: JSON.stringify({ read: true }) })).body as Row[];
    const unreadOnes = (await sales.get('/api/notifications').query({ filter: JSON.stringify({ read: false }) })).body as Row[];
    expect(readOnes.map((n) => n.id)).toContain(mine.id);
    expect(unreadOnes.map((n) => n.id)).not.toContain(mine.id);
    expect(readOnes.every((n) => n.read_at !== null) && unreadOnes.every((n) => n.read_at === null)).toBe(true);
    expect((await sales.post('/api/notifications/999999/read')).status).toBe(404);
    expect((await sales.post('/api/notifications/abc/read')).status).toBe(400);
  });

  test('should mark all of mine read and nobody else\'s', async () => {
    await approvedNotification();
    await approvedNotification();
    const adminRequest = await pendingRequest(admin);
    expect((await manager.post(`/api/channel-prices/${adminRequest.id}/approve`).send({})).status).toBe(200);
    expect((await admin.get('/api/notifications/unread-count')).body.count).toBe(1);

    const unread = (await sales.get('/api/notifications/unread-count')).body.count;
    expect(unread).toBeGreaterThanOrEqual(2);
    const res = await sales.post('/api/notifications/read-all').send({});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ updated: unread });
    expect((await sales.get('/api/notifications/unread-count')).body.count).toBe(0);
    expect((await sales.get('/api/notifications').query({ filter: JSON.stringify({ read: false }) })).body).toEqual([]);
    expect((await admin.get('/api/notifications/unread-count')).body.count).toBe(1);
    expect((await sales.post('/api/notifications/read-all').send({})).body).toEqual({ updated: 0 });
  });

  test('should count the pending requests an approver may decide, never their own, per company', async () => {
    const count = async (agent: Agent) => (await agent.get('/api/notifications/unread-count')).body;
    const [m0, a0, r0] = [await count(manager), await count(admin), await count(rival)];
    expect(m0).toEqual({ count: expect.any(Number), pending_approvals: expect.any(Number), pending_promotions: expect.any(Number) });

    const fromSales = [await pendingRequest(sales), await pendingRequest(sales)];
    const fromAdmin = await pendingRequest(admin);

    expect((await count(manager)).pending_approvals).toBe(m0.pending_approvals + 3);
    expect((await count(admin)).pending_approvals).toBe(a0.pending_approvals + 2); // not the admin's own
    expect((await count(rival)).pending_approvals).toBe(r0.pending_approvals);
    expect(await count(sales)).not.toHaveProperty('pending_approvals');
    expect(await count(promotion)).not.toHaveProperty('pending_approvals');

    // A company without a second approver lets the admin decide (so count) their own request too.
    const settings = (await admin.get('/api/settings')).body;
    const relaxed = await admin.put('/api/settings').send({ ...settings, require_second_approver: false });
    expect(relaxed.status).toBe(200);
    try {
      expect((await count(admin)).pending_approvals).toBe(a0.pending_approvals + 3);
    } finally {
      expect((await admin.put('/api/settings').send({ ...relaxed.body, require_second_approver: true })).status).toBe(200);
    }
    expect((await count(admin)).pending_approvals).toBe(a0.pending_approvals + 2);

    expect((await manager.post(`/api/channel-prices/${fromSales[0].id}/approve`).send({})).status).toBe(200);
    expect((await sales.delete(`/api/channel-prices/${fromSales[1].id}`)).status).toBe(200);
    expect((await manager.post(`/api/channel-prices/${fromAdmin.id}/reject`).send({ note: 'no' })).status).toBe(200);
    expect((await count(manager)).pending_approvals).toBe(m0.pending_approvals);
    expect((await count(admin)).pending_approvals).toBe(a0.pending_approvals);
  });

  test('should count the pending promotions an approver may decide, never their own', async () => {
    const count = async (agent: Agent) => (await agent.get('/api/notifications/unread-count')).body;
    const [m0, a0] = [await count(manager), await count(admin)];
    // Below IBU-20's floor: waits for a manager.
    await t.database.db('price_policies').insert({ org_id: t.fixture.orgs.acme, sku_id: t.fixture.skus['IBU-20'], control_price: 1500, promo_floor_price: 1000, version: 1, created_at: NOW, updated_at: NOW })
      .onConflict(['org_id', 'sku_id']).ignore();
    const draft = async (author: Agent) => {
      const created = await author.post('/api/promotions').send({
        name: `待审批 ${++seq}`, type: 'flash_sale', channel_ids: [t.fixture.channels.JD], start_at: `2030-0${4 + (seq % 5)}-01`, end_at: `2030-0${4 + (seq % 5)}-02`, stackable: true,
        items: [{ sku_id: t.fixture.skus['IBU-20'], promo_price: 5, stock_limit: 10 }],
      });
      expect((await author.post(`/api/promotions/${created.body.id}/submit`).send({})).body.status).toBe('pending');
      return created.body.id as number;
    };
    const byPromotion = await draft(promotion);
    const byAdmin = await draft(admin);
    expect((await count(manager)).pending_promotions).toBe(m0.pending_promotions + 2);
    expect((await count(admin)).pending_promotions).toBe(a0.pending_promotions + 1); // not the admin's own
    expect(await count(promotion)).not.toHaveProperty('pending_promotions');
    expect((await manager.post(`/api/promotions/${byPromotion}/approve`).send({})).status).toBe(200);
    expect((await manager.post(`/api/promotions/${byAdmin}/reject`).send({ note: 'no' })).status).toBe(200);
    expect((await count(manager)).pending_promotions).toBe(m0.pending_promotions);
  });

  test('should page and sort like every simple-rest list and refuse unknown fields', async () => {
    await approvedNotification();
    await approvedNotification();
    const page = await sales.get('/api/notifications').query({ sort: '["created_at","DESC"]', range: '[0,1]' });
    expect(page.status).toBe(200);
    expect(page.body).toHaveLength(2);
    const total = Number(page.headers['content-range'].split('/')[1]);
    expect(total).toBe(Number((await db()('notifications').where({ user_id: t.fixture.users.sales }).count({ n: '*' }))[0].n));
    expect((await sales.get('/api/notifications').query({ sort: '["message_key","ASC"]' })).status).toBe(400);
    expect((await sales.get('/api/notifications').query({ filter: '{"read":"maybe"}' })).status).toBe(400);
  });
});
