import type { Knex } from 'knex';

/**
 * Per-user notifications: a message key and its params (JSON text), rendered in the reader's
 * language when shown, never stored as text. The bell asks "my unread, newest first" and the list
 * "mine, newest first", so both are served by (user_id, read_at, created_at).
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('notifications')) return;
  await knex.schema.createTable('notifications', (t) => {
    t.increments('id');
    t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.string('kind', 40).notNullable();
    t.string('message_key', 60).notNullable();
    t.text('params').notNullable(); // JSON object
    t.string('link', 300);
    t.string('read_at', 30);
    t.string('created_at', 30).notNullable();
    t.index(['user_id', 'read_at', 'created_at'], 'notifications_user_read_created_idx');
    t.index(['user_id', 'created_at'], 'notifications_user_created_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('notifications');
}
