import type { Knex } from 'knex';

/**
 * Price compliance: who operates each channel (the company, or an independent partner whose prices are
 * intelligence only), the stores seen selling, market price observations with their evidence files, a
 * daily count of observations for the compliance-rate trend, and violations with their history.
 * `violations.open_key` is set while a violation holds its (kind, SKU, channel, seller) slot and
 * cleared when it closes, so a unique index keeps one open violation per slot on both databases.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasColumn('channels', 'operated_by'))) {
    await knex.schema.alterTable('channels', (t) => t.string('operated_by', 10).notNullable().defaultTo('partner'));
  }
  if (!(await knex.schema.hasTable('sellers'))) {
    await knex.schema.createTable('sellers', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.integer('channel_id').notNullable().references('channels.id').onDelete('CASCADE');
      t.string('name', 200).notNullable();
      t.string('match_key', 200).notNullable();
      t.string('shop_id', 100);
      t.string('url', 1000);
      t.boolean('authorized'); // null: unreviewed
      t.string('group_name', 100); // related stores (one operator's several shops)
      t.string('grounds', 100); // complaint grounds, comma-separated: trademark, counterfeit, no_licence
      t.integer('level').notNullable().defaultTo(0);
      t.string('notes', 2000);
      t.string('first_seen_at', 30);
      t.string('last_contact_at', 30);
      t.integer('version').notNullable().defaultTo(1);
      t.string('created_at', 30).notNullable();
      t.string('updated_at', 30).notNullable();
      t.unique(['org_id', 'channel_id', 'match_key']);
      t.index(['org_id', 'authorized'], 'sellers_authorized');
    });
  }
  if (!(await knex.schema.hasTable('seller_contacts'))) {
    await knex.schema.createTable('seller_contacts', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.integer('seller_id').notNullable().references('sellers.id').onDelete('CASCADE');
      t.string('at', 30).notNullable();
      t.string('kind', 20).notNullable();
      t.string('note', 2000).notNullable();
      t.integer('user_id').references('users.id').onDelete('SET NULL');
      t.string('created_at', 30).notNullable();
      t.index(['seller_id', 'at'], 'seller_contacts_seller');
    });
  }
  if (!(await knex.schema.hasTable('evidence_files'))) {
    await knex.schema.createTable('evidence_files', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.string('stored_name', 80).notNullable().unique();
      t.string('content_type', 40).notNullable();
      t.integer('size').notNullable();
      t.string('original_name', 200);
      t.integer('uploaded_by').references('users.id').onDelete('SET NULL');
      t.string('created_at', 30).notNullable();
    });
  }
  if (!(await knex.schema.hasTable('price_observations'))) {
    await knex.schema.createTable('price_observations', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.integer('channel_id').notNullable().references('channels.id').onDelete('CASCADE');
      t.integer('sku_id').notNullable().references('skus.id').onDelete('CASCADE');
      t.integer('seller_id').references('sellers.id').onDelete('SET NULL');
      t.string('store_name', 200);
      t.bigInteger('price').notNullable(); // fen, as payable after coupons
      t.string('observed_at', 30).notNullable();
      t.string('day', 10).notNullable(); // the company's calendar day of observed_at
      t.string('url', 1000);
      t.integer('evidence_id').references('evidence_files.id').onDelete('SET NULL');
      t.string('source', 10).notNullable();
      t.string('external_id', 100);
      t.boolean('compliant').notNullable();
      t.string('breaches', 200); // kinds found, comma-separated
      t.integer('version').notNullable().defaultTo(1);
      t.string('created_at', 30).notNullable();
      t.string('updated_at', 30).notNullable();
      t.unique(['org_id', 'channel_id', 'external_id']);
      t.index(['org_id', 'observed_at'], 'price_observations_time');
      t.index(['org_id', 'sku_id', 'channel_id', 'seller_id', 'observed_at'], 'price_observations_slot');
      t.index(['org_id', 'seller_id', 'observed_at'], 'price_observations_seller');
    });
  }
  if (!(await knex.schema.hasTable('observation_daily'))) {
    await knex.schema.createTable('observation_daily', (t) => {
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.string('day', 10).notNullable();
      t.integer('channel_id').notNullable();
      t.integer('observations').notNullable();
      t.integer('compliant').notNullable();
      t.primary(['org_id', 'day', 'channel_id']);
    });
  }
  if (!(await knex.schema.hasTable('violations'))) {
    await knex.schema.createTable('violations', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.string('kind', 30).notNullable();
      t.integer('sku_id').notNullable().references('skus.id').onDelete('CASCADE');
      t.integer('channel_id').notNullable().references('channels.id').onDelete('CASCADE');
      t.integer('seller_id').references('sellers.id').onDelete('CASCADE');
      t.integer('promotion_id').references('promotions.id').onDelete('SET NULL');
      t.string('origin', 12).notNullable(); // observation | in_force
      t.bigInteger('expected');
      t.bigInteger('actual');
      t.double('gap_pct');
      t.string('severity', 10).notNullable();
      t.integer('occurrences').notNullable().defaultTo(1);
      t.string('status', 15).notNullable();
      t.integer('assignee_id').references('users.id').onDelete('SET NULL');
      t.string('grounds', 100);
      t.string('first_seen_at', 30).notNullable();
      t.string('last_seen_at', 30).notNullable();
      t.string('closed_at', 30);
      t.string('resolution', 10); // auto | manual
      t.string('waive_reason', 500);
      t.bigInteger('waived_actual');
      t.string('open_key', 80);
      t.integer('version').notNullable().defaultTo(1);
      t.string('created_at', 30).notNullable();
      t.string('updated_at', 30).notNullable();
      t.unique(['org_id', 'open_key']);
      t.index(['org_id', 'status', 'kind'], 'violations_status');
      t.index(['org_id', 'seller_id'], 'violations_seller');
      t.index(['org_id', 'sku_id'], 'violations_sku');
      t.index(['org_id', 'first_seen_at'], 'violations_first_seen');
      t.index(['org_id', 'closed_at'], 'violations_closed');
    });
  }
  if (!(await knex.schema.hasTable('violation_events'))) {
    await knex.schema.createTable('violation_events', (t) => {
      t.increments('id');
      t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
      t.integer('violation_id').notNullable().references('violations.id').onDelete('CASCADE');
      t.string('at', 30).notNullable();
      t.string('kind', 20).notNullable(); // opened, occurrence, acknowledged, resolved, auto_resolved, waived, reopened, assigned, comment
      t.integer('user_id').references('users.id').onDelete('SET NULL');
      t.integer('observation_id').references('price_observations.id').onDelete('SET NULL');
      t.bigInteger('actual');
      t.string('note', 2000);
      t.index(['violation_id', 'at'], 'violation_events_violation');
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['violation_events', 'violations', 'observation_daily', 'price_observations', 'evidence_files', 'seller_contacts', 'sellers']) {
    await knex.schema.dropTableIfExists(table);
  }
  if (await knex.schema.hasColumn('channels', 'operated_by')) await knex.schema.alterTable('channels', (t) => t.dropColumn('operated_by'));
}
