import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { sweepPromotionBoundaries } from '../src/modules/compliance/reevaluation';
import { rebuildCurrentPrices } from '../src/modules/pricing/current-prices';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

type Row = Record<string, unknown>;
const NOW = '2026-11-20T04:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(NOW) + hours * 3_600_000).toISOString();

/** A listed price below control is excused while a promotion runs, judged again by the sweep when it starts and when it ends. */
describe.each(databases)('promotion boundary sweep on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    clock.set(NOW);
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    clock.reset();
    await t.close();
  });

  test('should open, resolve and reopen a listed price\'s violation as the promotion starts and ends', async () => {
    const admin = await t.login('admin@acme.test');
    const promo = await t.login('promotion@acme.test');
    const sku = t.fixture.skus['IBU-20'];
    const mini = (await admin.post('/api/channels').send({ name: '小程序', code: 'MINI', type: 'online', platform: 'own_store' })).body.id as number;
    await admin.post('/api/price-policies').send({ sku_id: sku, control_price: 15, promo_floor_price: 12 });
    await t.database.db('channel_prices').insert({
      org_id: t.fixture.orgs.acme, sku_id: sku, channel_id: mini, price: 1300, effective_from: at(-24 * 10), effective_to: null,
      status: 'approved', approval_reason: 'first_price', kind: 'price', version: 1, created_at: NOW, updated_at: NOW,
    });
    await rebuildCurrentPrices(t.database.db, t.fixture.orgs.acme);
    const listed = async () => (await admin.get('/api/violations').query({ filter: JSON.stringify({ origin: 'in_force', channel_id: mini }), sort: '["id","ASC"]' })).body as Row[];
    expect((await listed()).map((v) => v.status)).toEqual(['open']);

    const created = await promo.post('/api/promotions').send({
      name: '小程序会员日', type: 'limited_discount', start_at: at(1), end_at: at(5), channel_ids: [mini], items: [{ sku_id: sku, promo_price: 12.5 }],
    });
    expect((await promo.post(`/api/promotions/${created.body.id}/submit`).send({})).body.status).toBe('approved');
    clock.set(at(2));
    expect(await sweepPromotionBoundaries(t.database.db, NOW, at(2))).toBe(1);
    expect((await listed()).map((v) => [v.status, v.resolution])).toEqual([['resolved', 'auto']]);
    clock.set(at(6));
    await sweepPromotionBoundaries(t.database.db, at(2), at(6));
    expect((await listed()).map((v) => v.status)).toEqual(['resolved', 'open']);
    // Nothing passed since: nothing to do.
    expect(await sweepPromotionBoundaries(t.database.db, at(6), at(7))).toBe(0);
  });
});
