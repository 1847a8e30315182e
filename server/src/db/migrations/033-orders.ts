import type { Knex } from 'knex';

/**
 * Orders and their lines (money in fen), and the daily rollups reports read, kept in the same
 * transaction as the orders they sum:
 * - `sales_daily`: per (day, SKU, channel, province, customer type, promotion, flow) the qty,
 *   amount, lines and the distinct orders with a line in that key;
 * - `sales_daily_orders`: per (day, channel, province, customer type, flow) distinct orders and
 *   their amount, so order counts stay exact when lines of several SKUs are summed.
 * `orders.sales_day` is the business day in the company's time zone, fixed at write time and
 * recomputed (with the rollups) when the company changes its zone. Unknown province and no
 * promotion are '' and 0 in rollup keys, so the keys stay unique on both databases.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable('orders'))) {
    await knex.schema.createTable('orders', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.integer('channel_id').notNullable().references('channels.id');
      t.string('order_no', 64).notNullable();
      t.string('flow', 10).notNullable();
      t.string('ordered_at', 30).notNullable();
      t.string('sales_day', 10).notNullable();
      t.string('status', 12).notNullable();
      t.string('customer_name', 100);
      t.string('customer_ref', 64);
      t.string('customer_type', 12).notNullable();
      t.string('province', 20);
      t.string('city', 40);
      t.string('source', 10).notNullable();
      t.bigInteger('total').notNullable(); // fen
      t.integer('version').notNullable().defaultTo(1);
      t.string('created_at', 30).notNullable();
      t.string('updated_at', 30).notNullable();
      t.unique(['channel_id', 'order_no'], { indexName: 'orders_channel_order_no_unique' });
      t.index(['org_id', 'ordered_at'], 'orders_org_ordered_idx');
      t.index(['org_id', 'status', 'ordered_at'], 'orders_org_status_idx');
      t.index(['org_id', 'sales_day'], 'orders_org_day_idx');
    });
  }
  if (!(await knex.schema.hasTable('order_lines'))) {
    await knex.schema.createTable('order_lines', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.integer('order_id').notNullable().references('orders.id').onDelete('CASCADE');
      t.integer('line_no').notNullable();
      t.integer('sku_id').notNullable().references('skus.id');
      t.integer('qty').notNullable();
      t.bigInteger('unit_price').notNullable(); // fen
      t.bigInteger('amount').notNullable(); // fen
      t.integer('promotion_id'); // the promotions issue fills it
      t.index(['order_id'], 'order_lines_order_idx');
      t.index(['org_id', 'sku_id'], 'order_lines_org_sku_idx');
    });
  }
  if (!(await knex.schema.hasTable('sales_daily'))) {
    await knex.schema.createTable('sales_daily', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.string('day', 10).notNullable();
      t.integer('sku_id').notNullable();
      t.integer('channel_id').notNullable();
      t.string('province', 20).notNullable();
      t.string('customer_type', 12).notNullable();
      t.integer('promotion_id').notNullable();
      t.string('flow', 10).notNullable();
      t.bigInteger('qty').notNullable();
      t.bigInteger('amount').notNullable();
      t.integer('lines').notNullable();
      t.integer('orders').notNullable();
      t.unique(['org_id', 'day', 'sku_id', 'channel_id', 'province', 'customer_type', 'promotion_id', 'flow'], { indexName: 'sales_daily_key' });
    });
  }
  if (!(await knex.schema.hasTable('sales_daily_orders'))) {
    await knex.schema.createTable('sales_daily_orders', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.string('day', 10).notNullable();
      t.integer('channel_id').notNullable();
      t.string('province', 20).notNullable();
      t.string('customer_type', 12).notNullable();
      t.string('flow', 10).notNullable();
      t.integer('orders').notNullable();
      t.bigInteger('amount').notNullable();
      t.unique(['org_id', 'day', 'channel_id', 'province', 'customer_type', 'flow'], { indexName: 'sales_daily_orders_key' });
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['sales_daily_orders', 'sales_daily', 'order_lines', 'orders']) await knex.schema.dropTableIfExists(table);
}
