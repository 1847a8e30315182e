import type { Knex } from 'knex';

/** Remembered answers to requests sent with an Idempotency-Key, shared by every app instance. */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('idempotency_keys')) return;
  await knex.schema.createTable('idempotency_keys', (t) => {
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.string('key', 100).notNullable();
    t.string('request_hash', 64).notNullable();
    t.string('state', 10).notNullable(); // running / done
    t.integer('status_code');
    t.text('response_body');
    t.string('created_at', 30).notNullable();
    t.string('expires_at', 30).notNullable();
    t.primary(['user_id', 'key']);
    t.index(['expires_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('idempotency_keys');
}
