import type { Knex } from 'knex';

/**
 * Sales file imports (orders and distributors' sell-through) reuse `import_jobs` (the file's raw rows
 * staged in `import_rows`) and add:
 * - `sales_import_lines`: each row resolved (SKU id, fen, business day), written in chunks while the
 *   job runs and invisible to every report, so the final apply is set-based SQL in one short transaction;
 * - `sales_import_orders`: the lines grouped into orders with a content hash, which tells unchanged,
 *   changed and new orders apart when the same or a corrected file comes again;
 * - `import_mappings`: the last mapping used per channel and kind, offered next time;
 * - `orders.content_hash`: the hash of the order as last imported.
 * New columns carry no foreign key, so SQLite adds them in place without rebuilding tables.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasColumn('import_jobs', 'channel_id'))) {
    await knex.schema.alterTable('import_jobs', (t) => {
      t.integer('channel_id');
      t.integer('updated_rows').notNullable().defaultTo(0);
      t.integer('replaced_rows').notNullable().defaultTo(0);
      t.text('period'); // JSON: the file's days and both totals when it overlaps rows already imported
      t.text('error'); // JSON { key, params } when a run failed for a reason other than row errors
    });
  }
  if (!(await knex.schema.hasColumn('orders', 'content_hash'))) {
    await knex.schema.alterTable('orders', (t) => t.bigInteger('content_hash'));
  }
  if (!(await knex.schema.hasTable('sales_import_lines'))) {
    await knex.schema.createTable('sales_import_lines', (t) => {
      t.increments('id');
      t.integer('job_id').notNullable().references('import_jobs.id').onDelete('CASCADE');
      t.integer('row_no').notNullable();
      t.string('order_no', 64).notNullable();
      t.integer('auto_no').notNullable().defaultTo(0); // 1: no document number; the content key gets its occurrence appended
      t.string('ordered_at', 30).notNullable();
      t.string('sales_day', 10).notNullable();
      t.string('status', 12).notNullable();
      t.string('customer_name', 100);
      t.string('customer_ref', 64);
      t.string('customer_type', 12).notNullable();
      t.string('province', 20);
      t.string('city', 40);
      t.integer('sku_id').notNullable();
      t.integer('qty').notNullable();
      t.bigInteger('unit_price').notNullable();
      t.bigInteger('amount').notNullable();
      t.bigInteger('line_hash').notNullable();
      t.index(['job_id', 'order_no', 'row_no'], 'sales_import_lines_order_idx');
    });
  }
  if (!(await knex.schema.hasTable('sales_import_orders'))) {
    await knex.schema.createTable('sales_import_orders', (t) => {
      t.integer('job_id').notNullable().references('import_jobs.id').onDelete('CASCADE');
      t.string('order_no', 64).notNullable();
      t.string('ordered_at', 30).notNullable();
      t.string('sales_day', 10).notNullable();
      t.string('status', 12).notNullable();
      t.string('customer_name', 100);
      t.string('customer_ref', 64);
      t.string('customer_type', 12).notNullable();
      t.string('province', 20);
      t.string('city', 40);
      t.bigInteger('total').notNullable();
      t.bigInteger('content_hash').notNullable();
      t.integer('existing_id');
      t.string('existing_day', 10);
      t.integer('same').notNullable().defaultTo(0);
      t.primary(['job_id', 'order_no']);
      t.index(['job_id', 'existing_id'], 'sales_import_orders_existing_idx');
    });
  }
  if (!(await knex.schema.hasTable('import_mappings'))) {
    await knex.schema.createTable('import_mappings', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.integer('channel_id').notNullable();
      t.string('kind', 30).notNullable();
      t.text('mapping').notNullable();
      t.string('updated_at', 30).notNullable();
      t.unique(['org_id', 'channel_id', 'kind'], { indexName: 'import_mappings_key' });
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['import_mappings', 'sales_import_orders', 'sales_import_lines']) await knex.schema.dropTableIfExists(table);
  if (await knex.schema.hasColumn('orders', 'content_hash')) await knex.schema.alterTable('orders', (t) => t.dropColumn('content_hash'));
  if (await knex.schema.hasColumn('import_jobs', 'channel_id')) {
    await knex.schema.alterTable('import_jobs', (t) => {
      for (const c of ['channel_id', 'updated_rows', 'replaced_rows', 'period', 'error']) t.dropColumn(c);
    });
  }
}
