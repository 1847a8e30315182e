import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { conflicts, rxGuardRefuses, PROMOTION_TYPES } from '../../shared/promotions';
import { createApp } from '../src/app';
import { databases, createTestDatabase, type TestDatabase } from './support/databases';

type Row = Record<string, unknown>;

/** The demo company's campaigns: every type and state, and none breaking the rules the console enforces. */
describe.each(databases)('demo promotions on %s', (kind) => {
  let database: TestDatabase;
  let promotions: Row[];
  let channels: Map<number, Row>;
  let skus: Map<number, Row>;
  let agent: ReturnType<typeof request.agent>;

  beforeAll(async () => {
    process.env.DEMO_ORDER_LINES = '3000'; // the promotions, not a year of orders, are under test
    const { seedDemoIfEmpty, DEMO_PASSWORD } = await import('../src/db/demo/seed-demo');
    database = await createTestDatabase(kind);
    expect(await seedDemoIfEmpty(database.db)).toBe(true);
    agent = request.agent(createApp({ db: database.db }));
    const login = await agent.post('/api/auth/login').send({ email: 'manager@huaxin.example', password: DEMO_PASSWORD });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    promotions = (await agent.get('/api/promotions').query({ range: '[0,99]' })).body;
    channels = new Map(((await agent.get('/api/channels').query({ range: '[0,99]' })).body as Row[]).map((c) => [c.id as number, c]));
    const skuRows = await database.db('skus').join('products', 'products.id', 'skus.product_id').select('skus.id', 'products.rx_class', 'skus.channel_scope');
    skus = new Map(skuRows.map((s: Row) => [Number(s.id), s]));
  }, 120_000);
  afterAll(async () => {
    await database.drop();
    delete process.env.DEMO_ORDER_LINES;
  });

  test('should show every type and every state at first start', () => {
    expect(new Set(promotions.map((p) => p.type))).toEqual(new Set(PROMOTION_TYPES));
    expect(new Set(promotions.map((p) => p.state))).toEqual(new Set(['ended', 'running', 'scheduled', 'pending', 'draft', 'rejected', 'cancelled']));
  });

  test('should keep the Rx guard and the channel scopes, and let no two live campaigns conflict', () => {
    for (const p of promotions) {
      for (const item of p.items as Row[]) {
        const sku = skus.get(item.sku_id as number)!;
        for (const channelId of p.channel_ids as number[]) {
          const channel = channels.get(channelId)!;
          expect(rxGuardRefuses(sku.rx_class as string, channel.audience as 'b2c' | 'b2b'), `${p.name}: SKU ${item.sku_id} on ${channel.name}`).toBe(false);
          expect(sku.channel_scope === 'all' || sku.channel_scope === channel.type, `${p.name}: scope`).toBe(true);
        }
      }
    }
    const live = promotions.filter((p) => p.status === 'approved' || p.status === 'pending').map((p) => ({
      id: p.id as number, start_at: p.start_at as string, end_at: p.end_at as string, stackable: p.stackable as boolean,
      channel_ids: p.channel_ids as number[], sku_ids: (p.items as Row[]).map((i) => i.sku_id as number),
    }));
    for (const a of live) for (const b of live) expect(conflicts(a, b), `${a.id} × ${b.id}`).toBe(false);
  });

  test('should come with the engine\'s orders and groups, so results and lift show real shapes', async () => {
    const { DEMO_PASSWORD } = await import('../src/db/demo/seed-demo');
    const agent = request.agent(createApp({ db: database.db }));
    await agent.post('/api/auth/login').send({ email: 'promo@huaxin.example', password: DEMO_PASSWORD });
    const byName = (name: string) => promotions.find((p) => p.name === name)!;
    const flash = (await agent.get(`/api/promotions/${byName('双11 狂欢秒杀').id}/results`)).body;
    expect(flash.units).toBeGreaterThan(300);
    expect(flash.discount_given).toBeGreaterThan(0);
    for (const item of flash.items) expect(item.sold).toBeLessThanOrEqual(item.stock_limit);
    const groups = (await agent.get(`/api/promotions/${byName('小程序 双人拼团').id}/results`)).body;
    expect(groups.groups).toMatchObject({ opened: 60, succeeded: 46, failed: 14 });
    expect(groups.units).toBe(92); // two per successful group; the failed ones' orders are cancelled
    const tiers = (await agent.get(`/api/promotions/${byName('药师帮 阶梯采购价').id}/results`)).body;
    expect(tiers.orders).toBe(70);
    // Engine orders are real orders of source engine, their lines carrying the promotion.
    const orders = await agent.get('/api/orders').query({ filter: JSON.stringify({ source: 'engine' }), range: '[0,0]' });
    expect(Number(orders.headers['content-range'].split('/')[1])).toBeGreaterThan(500);
  });

  test('should mark B2B platforms b2b and consumer platforms b2c', () => {
    const byCode = new Map([...channels.values()].map((c) => [c.code, c.audience]));
    expect(byCode.get('YSB')).toBe('b2b');
    expect(byCode.get('DIST-NORTH')).toBe('b2b');
    expect(byCode.get('JD')).toBe('b2c');
    expect(byCode.get('HX-MINI')).toBe('b2c');
  });

  test('should open the compliance dashboard on ninety days of sightings with violations in every state', async () => {
    const summary = (await agent.get('/api/compliance/summary')).body;
    expect(summary.observations).toBeGreaterThan(2000);
    expect(summary.trend.map((w: Row) => w.week).length).toBeGreaterThanOrEqual(13 * 4);
    expect(summary.unauthorized_sellers).toBe(2);
    expect(summary.unreviewed_sellers).toBe(1);
    const states = await database.db('violations').distinct('status').pluck('status');
    expect(new Set(states)).toEqual(new Set(['open', 'acknowledged', 'resolved', 'waived']));
    const kinds = await database.db('violations').distinct('kind').pluck('kind');
    for (const k of ['own_channel_below_control', 'parity', 'partner_below_control', 'unauthorized_seller']) expect(kinds).toContain(k);
    // The listed prices' cases date from when each price took effect, as a live company's would: "new this
    // week" counts this week's sightings, not the whole price list judged at seeding.
    const listed = await database.db('violations as v').where('v.origin', 'in_force').select('v.id', 'v.first_seen_at', database.db.raw(`(SELECT MAX(cp.effective_from)
      FROM channel_prices cp WHERE cp.sku_id = v.sku_id AND cp.channel_id = v.channel_id AND cp.status = 'approved') AS took_effect`));
    expect(listed.length).toBeGreaterThan(0);
    for (const v of listed) expect(v.first_seen_at, `violation ${v.id}`).toBe(v.took_effect);
    const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString();
    const newThisWeek = await database.db('violations').where('first_seen_at', '>=', weekAgo).count({ n: '*' });
    expect(summary.new_this_week).toBeLessThanOrEqual(Number(newThisWeek[0].n));
    expect(summary.new_this_week).toBeLessThan(listed.length);
    // The flagship on Tmall, the mini-program and the PDD store are the company's; JD's pharmacy is a partner.
    const operated = Object.fromEntries([...channels.values()].map((c) => [c.code, c.operated_by]));
    expect(operated).toMatchObject({ TMALL: 'company', 'HX-MINI': 'company', PDD: 'company', JD: 'partner', ALIHEALTH: 'partner' });
    // The unauthorised stores' packages carry screenshots.
    const [unauthorized] = (await agent.get('/api/sellers').query({ filter: JSON.stringify({ authorized: 'false' }) })).body as Row[];
    const pack = (await agent.get(`/api/sellers/${unauthorized.id}/evidence-package`)).body;
    const shot = (pack.observations as Row[]).find((o) => o.evidence_id);
    expect(shot).toBeTruthy();
    const file = await agent.get(`/api/evidence/${shot!.evidence_id}`);
    expect(file.headers['content-type']).toBe('image/png');
  });
});
