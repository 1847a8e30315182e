import type { Knex } from 'knex';

/**
 * Each slot (SKU, channel, seller) keeps how many sightings it has and when it was first seen, beside
 * its latest. The observations list filtered by a SKU or a store takes its total from these rows and
 * reads only the span of time that SKU or store was seen in, instead of counting along the whole time
 * index (110 ms at a million sightings); a SKU never seen answers at once.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('observation_latest', (t) => {
    t.integer('observations').notNullable().defaultTo(0);
    t.string('first_observed_at', 30);
    t.index(['org_id', 'seller_key'], 'observation_latest_seller');
  });
  await knex.raw(`UPDATE observation_latest SET observations = c.n, first_observed_at = c.first_at
    FROM (SELECT org_id, sku_id, channel_id, COALESCE(seller_id, 0) AS seller_key, COUNT(*) AS n, MIN(observed_at) AS first_at
          FROM price_observations GROUP BY org_id, sku_id, channel_id, COALESCE(seller_id, 0)) c
    WHERE observation_latest.org_id = c.org_id AND observation_latest.sku_id = c.sku_id
      AND observation_latest.channel_id = c.channel_id AND observation_latest.seller_key = c.seller_key`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('observation_latest', (t) => {
    t.dropIndex(['org_id', 'seller_key'], 'observation_latest_seller');
    t.dropColumn('first_observed_at');
    t.dropColumn('observations');
  });
}
