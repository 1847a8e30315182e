import type { Knex } from 'knex';

/**
 * Prices that stay true: corrections of past prices kept beside the originals, policy lowerings
 * that wait for a manager, and one GTIN per company. Safe to run twice.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasColumn('channel_prices', 'kind'))) {
    await knex.schema.alterTable('channel_prices', (t) => {
      t.string('kind', 12).notNullable().defaultTo('price'); // price / correction
      t.integer('corrects_id'); // the approved price a correction is about, when named
    });
  }
  if (!(await knex.schema.hasColumn('price_policies', 'pending_change'))) {
    await knex.schema.alterTable('price_policies', (t) => {
      t.text('pending_change'); // JSON: a lowering by sales waiting for a manager
    });
  }
  await knex.raw('CREATE UNIQUE INDEX IF NOT EXISTS skus_org_gtin_unique ON skus (org_id, gtin) WHERE gtin IS NOT NULL');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS skus_org_gtin_unique');
  await knex.schema.alterTable('price_policies', (t) => {
    t.dropColumn('pending_change');
  });
  await knex.schema.alterTable('channel_prices', (t) => {
    t.dropColumn('corrects_id');
    t.dropColumn('kind');
  });
}
