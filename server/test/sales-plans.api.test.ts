import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Row = Record<string, unknown>;

/** Monthly plans and their attainment: actual sell-in, percent, run-rate forecast, the reader's own first. */
describe.each(databases)('sales plans on %s', (kind) => {
  let t: TestApp;
  let sales: Agent;
  let admin: Agent;

  beforeAll(async () => {
    clock.set('2026-11-10T04:00:00Z'); // 10 November in Shanghai
    t = await startTestApp(kind);
    sales = await t.login('sales@acme.test');
    admin = await t.login('admin@acme.test');
  });
  afterAll(async () => {
    await t.close();
    clock.reset();
  });

  const plan = async (body: Row, agent = sales) => {
    const res = await agent.post('/api/sales-plans').send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Row & { id: number };
  };

  test('should keep one plan per month, channel and user, with field errors for the rest', async () => {
    const company = await plan({ month: '2026-11', target_amount: 1000 });
    expect(company).toMatchObject({ month: '2026-11', channel_id: null, user_id: null, target_amount: 1000, version: 1 });
    expect(company).not.toHaveProperty('plan_key');
    const again = await sales.post('/api/sales-plans').send({ month: '2026-11', target_amount: 5 });
    expect(again.status).toBe(409);
    expect(again.body.errors).toHaveProperty('month');
    const bad = await sales.post('/api/sales-plans').send({ month: '2026-13', channel_id: t.fixture.channels['RIV-MINI'], target_amount: 0 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['month', 'target_amount']);
    const foreign = await sales.post('/api/sales-plans').send({ month: '2026-12', channel_id: t.fixture.channels['RIV-MINI'], target_amount: 5 });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toHaveProperty('channel_id');
    // The salesperson is an active sales user of this company: not a manager, not another company's user.
    for (const userId of [t.fixture.users.manager, t.fixture.users.rivalAdmin]) {
      const wrong = await sales.post('/api/sales-plans').send({ month: '2026-12', user_id: userId, target_amount: 5 });
      expect(wrong.status, String(userId)).toBe(400);
      expect(wrong.body.errors).toHaveProperty('user_id');
    }
  });

  test('should let an admin give a channel a sales owner, and only a sales user', async () => {
    const jd = (await admin.get(`/api/channels/${t.fixture.channels.JD}`)).body;
    const notSales = await admin.put(`/api/channels/${jd.id}`).send({ ...jd, owner_user_id: t.fixture.users.manager });
    expect(notSales.status).toBe(400);
    expect(notSales.body.errors).toHaveProperty('owner_user_id');
    const owned = await admin.put(`/api/channels/${jd.id}`).send({ ...jd, owner_user_id: t.fixture.users.sales });
    expect(owned.status, JSON.stringify(owned.body)).toBe(200);
    expect(owned.body.owner_user_id).toBe(t.fixture.users.sales);
  });

  test('should report attainment and a run-rate forecast, the reader\'s own plans first', async () => {
    const { JD, DIST } = t.fixture.channels;
    await plan({ month: '2026-11', channel_id: DIST, target_amount: 100 });
    await plan({ month: '2026-11', user_id: t.fixture.users.sales, target_amount: 300 });
    const order = async (channelId: number, at: string, price: number) => {
      const res = await sales.post('/api/orders').send({
        channel_id: channelId, order_no: `PLAN-${at}-${channelId}`, ordered_at: at, customer_type: 'pharmacy', customer_name: '药房',
        lines: [{ sku_id: t.fixture.skus['IBU-20'], qty: 1, unit_price: price }],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    };
    await order(JD, '2026-11-02T02:00:00Z', 80); // JD is owned by sales@acme
    await order(DIST, '2026-11-05T02:00:00Z', 20);
    await order(JD, '2026-10-31T02:00:00Z', 999); // October: not this month
    const res = await sales.get('/api/reports/plan-attainment').query({ month: '2026-11' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.map((r: Row) => [r.channel_id, r.user_id, r.target_amount, r.actual_amount, r.attainment_pct, r.forecast_amount, r.mine])).toEqual([
      [null, t.fixture.users.sales, 300, 80, 26.7, 240, true], // 80 in 10 of 30 days → 240
      [null, null, 1000, 100, 10, 300, false],
      [DIST, null, 100, 20, 20, 60, false],
    ]);
    const bad = await sales.get('/api/reports/plan-attainment').query({ month: 'November' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty('month');
  });
});
