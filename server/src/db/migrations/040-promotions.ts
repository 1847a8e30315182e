import type { Knex } from 'knex';

/** Platforms whose buyers are businesses (pharmacies, clinics, hospitals): Rx may be promoted there. */
const B2B_PLATFORMS = ['yaoshibang', 'distributor', 'pharmacy_chain', 'hospital', 'clinic'];

/**
 * Promotions: the campaign, its channels and one item per SKU. Prices are fen; slots, recurrence
 * and tiers are JSON text (read and written whole with the promotion). `sold` on an item is the
 * stock consumed so far, moved only by conditional updates. Channels gain `audience` (b2c
 * consumers, b2b businesses) for the Rx guard.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasColumn('channels', 'audience'))) {
    await knex.schema.alterTable('channels', (t) => t.string('audience', 3).notNullable().defaultTo('b2c'));
    await knex('channels').whereIn('platform', B2B_PLATFORMS).update({ audience: 'b2b' });
  }
  if (!(await knex.schema.hasTable('promotions'))) {
    await knex.schema.createTable('promotions', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.string('name', 100).notNullable();
      t.string('type', 20).notNullable();
      t.string('start_at', 30).notNullable();
      t.string('end_at', 30).notNullable();
      t.boolean('stackable').notNullable().defaultTo(false);
      t.bigInteger('budget');
      t.text('description');
      t.text('slots');
      t.integer('warmup_hours');
      t.text('recurrence');
      t.string('rounding', 4).notNullable().defaultTo('fen');
      t.string('status', 10).notNullable();
      t.string('approval_reason', 20);
      t.integer('created_by').references('users.id');
      t.integer('submitted_by').references('users.id');
      t.string('submitted_at', 30);
      t.integer('decided_by').references('users.id');
      t.string('decided_at', 30);
      t.text('decision_note');
      t.integer('duplicated_from');
      t.integer('version').notNullable().defaultTo(1);
      t.string('created_at', 30).notNullable();
      t.string('updated_at', 30).notNullable();
      t.index(['org_id', 'status', 'end_at'], 'promotions_org_status_end');
      t.index(['org_id', 'start_at'], 'promotions_org_start');
    });
  }
  if (!(await knex.schema.hasTable('promotion_channels'))) {
    await knex.schema.createTable('promotion_channels', (t) => {
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.integer('promotion_id').notNullable().references('promotions.id').onDelete('CASCADE');
      t.integer('channel_id').notNullable().references('channels.id');
      t.primary(['promotion_id', 'channel_id']);
      t.index(['org_id', 'channel_id'], 'promotion_channels_channel');
    });
  }
  if (!(await knex.schema.hasTable('promotion_items'))) {
    await knex.schema.createTable('promotion_items', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.integer('promotion_id').notNullable().references('promotions.id').onDelete('CASCADE');
      t.integer('line_no').notNullable();
      t.integer('sku_id').notNullable().references('skus.id');
      t.bigInteger('promo_price');
      t.integer('discount_pct');
      t.integer('stock_limit');
      t.integer('sold').notNullable().defaultTo(0);
      t.integer('per_customer_limit');
      t.integer('per_order_limit');
      t.integer('group_size');
      t.integer('group_window_hours');
      t.bigInteger('leader_price');
      t.integer('auto_fill_pct');
      t.text('tiers');
      t.unique(['promotion_id', 'sku_id'], { indexName: 'promotion_items_key' });
      t.index(['org_id', 'sku_id'], 'promotion_items_sku');
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('promotion_items');
  await knex.schema.dropTableIfExists('promotion_channels');
  await knex.schema.dropTableIfExists('promotions');
  if (await knex.schema.hasColumn('channels', 'audience')) await knex.schema.alterTable('channels', (t) => t.dropColumn('audience'));
}
