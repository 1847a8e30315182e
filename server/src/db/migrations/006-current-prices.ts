import type { Knex } from 'knex';

/**
 * The price in force now per (SKU, channel), kept in step with channel_prices so the matrix and the
 * parity report read one row per cell instead of ranking the whole history. `valid_until` is when
 * the cell must be recomputed (a scheduled price starts or a temporary one ends).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('channel_price_current', (t) => {
    t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.integer('sku_id').notNullable().references('skus.id').onDelete('CASCADE');
    t.integer('channel_id').notNullable().references('channels.id').onDelete('CASCADE');
    t.integer('price_id'); // null: nothing in force yet, but a scheduled price will be
    t.bigInteger('price');
    t.string('effective_from', 30);
    t.string('valid_until', 30);
    t.primary(['sku_id', 'channel_id']);
    t.index(['org_id', 'valid_until']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('channel_price_current');
}
