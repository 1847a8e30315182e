import type { Knex } from 'knex';

/**
 * The promotion engine's state: each buyer's units per promotion item (per-buyer limits enforced by
 * conditional updates, not counted from past orders), the discount given against a promotion's
 * budget, group buys and their members, and the prescription an Rx order on a consumer channel
 * carries (先方后药).
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasColumn('promotions', 'discount_given'))) {
    await knex.schema.alterTable('promotions', (t) => t.bigInteger('discount_given').notNullable().defaultTo(0));
  }
  // `pending_group` is 13 characters; SQLite does not enforce lengths, PostgreSQL does.
  if (knex.client.config.client === 'pg') await knex.raw('ALTER TABLE orders ALTER COLUMN status TYPE varchar(20)');
  if (!(await knex.schema.hasColumn('orders', 'prescription_id'))) {
    await knex.schema.alterTable('orders', (t) => t.string('prescription_id', 64));
  }
  if (!(await knex.schema.hasTable('promotion_item_buyers'))) {
    await knex.schema.createTable('promotion_item_buyers', (t) => {
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.integer('item_id').notNullable().references('promotion_items.id').onDelete('CASCADE');
      t.string('customer_ref', 64).notNullable();
      t.integer('qty').notNullable();
      t.primary(['item_id', 'customer_ref']);
    });
  }
  if (!(await knex.schema.hasTable('group_buy_groups'))) {
    await knex.schema.createTable('group_buy_groups', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.integer('promotion_id').notNullable().references('promotions.id').onDelete('CASCADE');
      t.integer('item_id').notNullable().references('promotion_items.id').onDelete('CASCADE');
      t.integer('sku_id').notNullable();
      t.integer('channel_id').notNullable();
      t.string('leader_ref', 64).notNullable();
      t.integer('size').notNullable();
      t.integer('members').notNullable();
      t.string('status', 10).notNullable();
      t.string('opened_at', 30).notNullable();
      t.string('expires_at', 30).notNullable();
      t.string('closed_at', 30);
      t.index(['status', 'expires_at'], 'group_buy_groups_open');
      t.index(['org_id', 'promotion_id'], 'group_buy_groups_promotion');
    });
  }
  if (!(await knex.schema.hasTable('group_buy_members'))) {
    await knex.schema.createTable('group_buy_members', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.integer('group_id').notNullable().references('group_buy_groups.id').onDelete('CASCADE');
      t.string('customer_ref', 64).notNullable();
      t.integer('order_id').notNullable();
      t.integer('qty').notNullable();
      t.bigInteger('discount').notNullable().defaultTo(0); // fen given against the budget, released if the group fails
      t.boolean('leader').notNullable().defaultTo(false);
      t.string('joined_at', 30).notNullable();
      t.unique(['group_id', 'customer_ref'], { indexName: 'group_buy_members_once' });
      t.index(['order_id'], 'group_buy_members_order');
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('group_buy_members');
  await knex.schema.dropTableIfExists('group_buy_groups');
  await knex.schema.dropTableIfExists('promotion_item_buyers');
  if (await knex.schema.hasColumn('orders', 'prescription_id')) await knex.schema.alterTable('orders', (t) => t.dropColumn('prescription_id'));
  if (await knex.schema.hasColumn('promotions', 'discount_given')) await knex.schema.alterTable('promotions', (t) => t.dropColumn('discount_given'));
}
