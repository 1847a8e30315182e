import type { Knex } from 'knex';

/**
 * `sales_import_orders.qty`: each staged order's units, summed once when the lines are grouped, so
 * the final apply moves the per-order rollups without summing a million staged lines per order again.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasColumn('sales_import_orders', 'qty'))) {
    await knex.schema.alterTable('sales_import_orders', (t) => t.bigInteger('qty').notNullable().defaultTo(0));
  }
}

export async function down(knex: Knex): Promise<void> {
  if (await knex.schema.hasColumn('sales_import_orders', 'qty')) await knex.schema.alterTable('sales_import_orders', (t) => t.dropColumn('qty'));
}
