import type { Knex } from 'knex';
import { rebuildRollups } from '../../modules/orders/rollups';

/**
 * `sales_monthly_sku` (month × SKU × flow: qty, amount, lines) ranks SKUs over whole months from
 * one row per SKU, where the day rollup holds a row per SKU, channel, province and buyer type each
 * day (a month-to-date top-10 read 170,000 rows at 5,000,000 lines). The ranking's winners are then
 * summed exactly from the day rollup, which gains an index by SKU and day for that. Every rollup is
 * rebuilt here: this is the last migration that changed their shape (036 leaves it to this one).
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable('sales_monthly_sku'))) {
    await knex.schema.createTable('sales_monthly_sku', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.string('month', 7).notNullable();
      t.integer('sku_id').notNullable();
      t.string('flow', 10).notNullable();
      t.bigInteger('qty').notNullable();
      t.bigInteger('amount').notNullable();
      t.integer('lines').notNullable();
      t.unique(['org_id', 'month', 'sku_id', 'flow'], { indexName: 'sales_monthly_sku_key' });
    });
  }
  await knex.schema.alterTable('sales_daily', (t) => t.index(['org_id', 'sku_id', 'day'], 'sales_daily_sku_day'));
  for (const org of await knex('organizations').select('id')) await rebuildRollups(knex, Number(org.id));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('sales_monthly_sku');
  await knex.schema.alterTable('sales_daily', (t) => t.dropIndex(['org_id', 'sku_id', 'day'], 'sales_daily_sku_day'));
}
