import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clock } from '../src/clock';
import { migrationSource } from '../src/db/migrations';
import { recordObservations, type NewObservation } from '../src/modules/compliance/observation-writer';
import { databases } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

const NOW = '2026-11-20T04:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(NOW) + hours * 3_600_000).toISOString();
const ACTOR = { userId: null, email: 'price-watch' };

/**
 * Each (SKU, channel, seller)'s latest sighting, which the re-evaluation judges again, its count and its
 * first instant are kept by every observation write in its own table instead of being sought among all
 * observations.
 */
describe.each(databases)('latest sightings on %s', (kind) => {
  let t: TestApp;
  let orgId: number;
  let sellerA: number;
  let sellerB: number;
  const sighting = (sku: string, hours: number, seller: number | null, price = 1500): NewObservation => ({
    channel_id: t.fixture.channels.JD, sku_id: t.fixture.skus[sku], seller_id: seller, store_name: null, shop_id: null, price,
    observed_at: at(hours), url: null, evidence_id: null, source: 'api', external_id: null,
  });
  const latest = async () => (await t.database.db('observation_latest as l').join('price_observations as o', 'o.id', 'l.observation_id')
    .where('l.org_id', orgId).orderBy(['l.sku_id', 'l.seller_key']).select('l.sku_id', 'l.seller_key', 'l.observed_at', 'o.price', 'o.observed_at as seen'))
    .map((r) => ({ sku_id: Number(r.sku_id), seller_key: Number(r.seller_key), at: r.observed_at, price: Number(r.price), seen: r.seen }));

  const spans = async () => (await t.database.db('observation_latest').where('org_id', orgId).orderBy(['sku_id', 'seller_key']).select('seller_key', 'observations', 'first_observed_at'))
    .map((r) => ({ seller_key: Number(r.seller_key), observations: Number(r.observations), first_observed_at: r.first_observed_at }));

  beforeAll(async () => {
    clock.set(NOW);
    t = await startTestApp(kind);
    orgId = t.fixture.orgs.acme;
    const seller = async (name: string) => Number((await t.database.db('sellers').insert({
      org_id: orgId, channel_id: t.fixture.channels.JD, name, match_key: name, authorized: null, level: 0, first_seen_at: NOW, version: 1, created_at: NOW, updated_at: NOW,
    }).returning('id')).map((r: number | { id: number }) => (typeof r === 'object' ? r.id : r))[0]);
    sellerA = await seller('甲药房');
    sellerB = await seller('乙药房');
  });
  afterAll(async () => {
    clock.reset();
    await t.close();
  });

  test('should keep the latest instant per slot, whatever order sightings arrive in, and the last written at a tie', async () => {
    await recordObservations(t.database.db, orgId, [sighting('IBU-20', -10, sellerA, 1500), sighting('IBU-20', -20, sellerB, 1400), sighting('IBU-20', -5, null, 1300)], ACTOR);
    // Later batches: an older sighting imported late moves nothing; a newer one does; two at one instant keep the last written.
    await recordObservations(t.database.db, orgId, [sighting('IBU-20', -30, sellerA, 900), sighting('IBU-20', -2, sellerB, 1450)], ACTOR);
    await recordObservations(t.database.db, orgId, [sighting('IBU-20', -5, null, 1250), sighting('IBU-20', -5, null, 1200)], ACTOR);
    const sku = t.fixture.skus['IBU-20'];
    expect(await latest()).toEqual([
      { sku_id: sku, seller_key: 0, at: at(-5), price: 1200, seen: at(-5) },
      { sku_id: sku, seller_key: sellerA, at: at(-10), price: 1500, seen: at(-10) },
      { sku_id: sku, seller_key: sellerB, at: at(-2), price: 1450, seen: at(-2) },
    ].sort((a, b) => a.seller_key - b.seller_key));
  });

  test('should count each slot\'s sightings and keep its first instant, and answer the list filtered by SKU or store from them', async () => {
    const sku = t.fixture.skus['IBU-20'];
    expect((await spans()).map((r) => [r.seller_key, r.observations, r.first_observed_at])).toEqual([[0, 3, at(-5)], [sellerA, 2, at(-30)], [sellerB, 2, at(-20)]]);
    const sales = await t.login('sales@acme.test');
    const list = async (filter: Record<string, unknown>) => {
      const r = await sales.get('/api/price-observations').query({ filter: JSON.stringify(filter), range: '[0,1]' });
      expect(r.status).toBe(200);
      return { total: Number(r.headers['content-range'].split('/')[1]), seen: (r.body as { observed_at: string }[]).map((o) => o.observed_at) };
    };
    expect(await list({ sku_id: sku })).toEqual({ total: 7, seen: [at(-2), at(-5)] });
    expect(await list({ seller_id: sellerA })).toEqual({ total: 2, seen: [at(-10), at(-30)] });
    expect(await list({ seller_id: [sellerA, sellerB], channel_id: t.fixture.channels.JD })).toEqual({ total: 4, seen: [at(-2), at(-10)] });
    expect(await list({ seller_id: null })).toEqual({ total: 3, seen: [at(-5), at(-5)] });
    // Filters the slots cannot answer are counted among the sightings, within the slots' span of time.
    const truth = Number((await t.database.db('price_observations').where({ org_id: orgId, sku_id: sku }).andWhere('price', '<', 1400).count({ n: '*' }))[0].n);
    expect((await list({ sku_id: sku, price_lte: 13.99 })).total).toBe(truth);
    expect(await list({ sku_id: sku, observed_at_gte: at(-6) })).toEqual({ total: 4, seen: [at(-2), at(-5)] });
    // A SKU never seen answers at once, empty.
    expect(await list({ sku_id: t.fixture.skus['AMX-12'] })).toEqual({ total: 0, seen: [] });
  });

  test('should be filled from the stored observations when the migrations run', async () => {
    const before = [await latest(), await spans()];
    const db = t.database.db;
    await db.migrate.down({ migrationSource });
    expect(await db.schema.hasColumn('observation_latest', 'observations')).toBe(false);
    await db.migrate.down({ migrationSource });
    expect(await db.schema.hasTable('observation_latest')).toBe(false);
    await db.migrate.latest({ migrationSource });
    expect([await latest(), await spans()]).toEqual(before);
  });
});
