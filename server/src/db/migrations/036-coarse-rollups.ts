import type { Knex } from 'knex';
/**
 * Coarser rollups for long ranges: `sales_daily_channel` (day × channel × flow: qty, amount,
 * distinct orders) answers time and channel reports over years from a few rows per day, and
 * `sales_daily_orders` gains `qty`, so every report without a SKU, product or promotion dimension
 * avoids the line rollup. Filled by 039, which rebuilds every rollup: calling today's rebuild from
 * here would write tables that do not exist yet at this step.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable('sales_daily_channel'))) {
    await knex.schema.createTable('sales_daily_channel', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.string('day', 10).notNullable();
      t.integer('channel_id').notNullable();
      t.string('flow', 10).notNullable();
      t.bigInteger('qty').notNullable();
      t.bigInteger('amount').notNullable();
      t.integer('orders').notNullable();
      t.unique(['org_id', 'day', 'channel_id', 'flow'], { indexName: 'sales_daily_channel_key' });
    });
  }
  if (!(await knex.schema.hasColumn('sales_daily_orders', 'qty'))) {
    await knex.schema.alterTable('sales_daily_orders', (t) => t.bigInteger('qty').notNullable().defaultTo(0));
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('sales_daily_channel');
  if (await knex.schema.hasColumn('sales_daily_orders', 'qty')) await knex.schema.alterTable('sales_daily_orders', (t) => t.dropColumn('qty'));
}
