import type { Knex } from 'knex';
import { rebuildSqliteSearch } from './031-pinyin-search-keys';

/** The channel columns migration 012 indexes for search (frozen here). */
const CHANNEL_SEARCH = ['name', 'code', 'region'];

/**
 * Monthly sales plans (targets in fen) for the company, a channel or a salesperson, and a channel's
 * owner (the sales user responsible). `plan_key` (month|channel|user, empty for none) is unique per
 * company, so two people saving the same plan at once cannot create it twice (NULLs would not collide).
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable('sales_plans'))) {
    await knex.schema.createTable('sales_plans', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.string('month', 7).notNullable();
      t.integer('channel_id').references('channels.id');
      t.integer('user_id').references('users.id');
      t.string('plan_key', 40).notNullable();
      t.bigInteger('target_amount').notNullable(); // fen
      t.integer('version').notNullable().defaultTo(1);
      t.string('created_at', 30).notNullable();
      t.string('updated_at', 30).notNullable();
      t.unique(['org_id', 'plan_key'], { indexName: 'sales_plans_org_key_unique' });
      t.index(['org_id', 'month'], 'sales_plans_org_month_idx');
    });
  }
  if (!(await knex.schema.hasColumn('channels', 'owner_user_id'))) {
    await knex.schema.alterTable('channels', (t) => {
      t.integer('owner_user_id').references('users.id');
    });
    // SQLite adds a foreign key by rebuilding the table, and the channel search triggers go with it.
    if (knex.client.config.client !== 'pg') await rebuildSqliteSearch(knex, { channels: CHANNEL_SEARCH });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('sales_plans');
  if (await knex.schema.hasColumn('channels', 'owner_user_id')) {
    await knex.schema.alterTable('channels', (t) => t.dropColumn('owner_user_id'));
    if (knex.client.config.client !== 'pg') await rebuildSqliteSearch(knex, { channels: CHANNEL_SEARCH });
  }
}
