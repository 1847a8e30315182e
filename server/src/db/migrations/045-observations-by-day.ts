import type { Knex } from 'knex';

/**
 * Price observations indexed by time first. Sightings arrive for today, so a batch now adds to the end
 * of each index instead of rewriting pages all over two indexes that led with the SKU and the seller
 * (their cost grew with every million stored). What those served is kept another way:
 *   - each slot's latest sighting, which the re-evaluation judges again, in its own table (one row
 *     per SKU, channel and seller, moved forward by every write);
 *   - a seller's sightings (roll-up, evidence package) by day, then seller;
 *   - the list's SKU and seller filters by the time index, which carries both.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('observation_latest', (t) => {
    t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.integer('sku_id').notNullable().references('skus.id').onDelete('CASCADE');
    t.integer('channel_id').notNullable().references('channels.id').onDelete('CASCADE');
    t.integer('seller_key').notNullable(); // the seller's id, 0 for none: two missing sellers never conflict as NULLs do
    t.integer('observation_id').notNullable().references('price_observations.id').onDelete('CASCADE');
    t.string('observed_at', 30).notNullable();
    t.primary(['org_id', 'sku_id', 'channel_id', 'seller_key']);
  });
  // Each slot's latest instant, then the highest id at that instant.
  await knex.raw(`INSERT INTO observation_latest (org_id, sku_id, channel_id, seller_key, observation_id, observed_at)
    SELECT o.org_id, o.sku_id, o.channel_id, COALESCE(o.seller_id, 0), MAX(o.id), o.observed_at
    FROM price_observations o JOIN (
      SELECT org_id, sku_id, channel_id, COALESCE(seller_id, 0) AS seller_key, MAX(observed_at) AS last_at
      FROM price_observations GROUP BY org_id, sku_id, channel_id, COALESCE(seller_id, 0)
    ) l ON o.org_id = l.org_id AND o.sku_id = l.sku_id AND o.channel_id = l.channel_id AND COALESCE(o.seller_id, 0) = l.seller_key AND o.observed_at = l.last_at
    GROUP BY o.org_id, o.sku_id, o.channel_id, COALESCE(o.seller_id, 0), o.observed_at`);
  await knex.schema.alterTable('price_observations', (t) => {
    t.dropIndex(['org_id', 'sku_id', 'channel_id', 'seller_id', 'observed_at'], 'price_observations_slot');
    t.dropIndex(['org_id', 'seller_id', 'observed_at'], 'price_observations_seller');
    t.dropIndex(['org_id', 'observed_at'], 'price_observations_time');
  });
  await knex.schema.alterTable('price_observations', (t) => {
    t.index(['org_id', 'observed_at', 'sku_id', 'seller_id'], 'price_observations_time');
    t.index(['org_id', 'day', 'seller_id'], 'price_observations_day_seller');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('price_observations', (t) => {
    t.dropIndex(['org_id', 'observed_at', 'sku_id', 'seller_id'], 'price_observations_time');
    t.dropIndex(['org_id', 'day', 'seller_id'], 'price_observations_day_seller');
  });
  await knex.schema.alterTable('price_observations', (t) => {
    t.index(['org_id', 'observed_at'], 'price_observations_time');
    t.index(['org_id', 'sku_id', 'channel_id', 'seller_id', 'observed_at'], 'price_observations_slot');
    t.index(['org_id', 'seller_id', 'observed_at'], 'price_observations_seller');
  });
  await knex.schema.dropTable('observation_latest');
}
