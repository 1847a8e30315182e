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
 * Each (SKU, channel, seller)'s latest sighting, which the re-evaluation judges again, is kept by every
 * observation write in its own table instead of being sought among all observations.
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

  test('should be filled from the stored observations when the migration runs', async () => {
    const before = await latest();
    const db = t.database.db;
    await db.migrate.down({ migrationSource });
    expect(await db.schema.hasTable('observation_latest')).toBe(false);
    await db.migrate.latest({ migrationSource });
    expect(await latest()).toEqual(before);
  });
});
