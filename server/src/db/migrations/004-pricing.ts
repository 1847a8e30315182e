import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('products', (t) => {
    t.double('parity_tolerance'); // null: the company's default
  });
  await knex.schema.createTable('price_policies', (t) => {
    t.increments('id');
    t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.integer('sku_id').notNullable().references('skus.id').onDelete('CASCADE');
    t.bigInteger('control_price').notNullable(); // fen
    t.bigInteger('promo_floor_price').notNullable(); // fen
    t.integer('version').notNullable().defaultTo(1);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.unique(['org_id', 'sku_id']);
  });
  await knex.schema.createTable('channel_prices', (t) => {
    t.increments('id');
    t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.integer('sku_id').notNullable().references('skus.id').onDelete('CASCADE');
    t.integer('channel_id').notNullable().references('channels.id').onDelete('CASCADE');
    t.bigInteger('price').notNullable(); // fen
    t.string('effective_from', 30).notNullable();
    t.string('effective_to', 30);
    t.string('status', 10).notNullable();
    t.string('approval_reason', 20);
    t.integer('requested_by').references('users.id').onDelete('SET NULL');
    t.integer('approved_by').references('users.id').onDelete('SET NULL');
    t.string('decided_at', 30);
    t.string('reason', 500);
    t.string('decision_note', 500);
    t.string('import_key', 64);
    t.integer('version').notNullable().defaultTo(1);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.index(['org_id', 'sku_id', 'channel_id', 'status', 'effective_from'], 'channel_prices_cell_idx');
    t.index(['org_id', 'status', 'effective_from'], 'channel_prices_status_idx');
    t.unique(['org_id', 'import_key']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('channel_prices');
  await knex.schema.dropTable('price_policies');
  await knex.schema.alterTable('products', (t) => {
    t.dropColumn('parity_tolerance');
  });
}
