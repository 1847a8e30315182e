import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('organizations', (t) => {
    t.increments('id');
    t.string('name', 120).notNullable();
    t.string('kind', 20).notNullable();
    t.text('settings').notNullable().defaultTo('{}');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
  });
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.string('email', 200).notNullable().unique();
    t.string('name', 80).notNullable();
    t.string('role', 20).notNullable();
    t.string('password_hash', 100).notNullable();
    t.string('locale', 5).notNullable().defaultTo('zh');
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('version').notNullable().defaultTo(1);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.index(['org_id']);
  });
  await knex.schema.createTable('sessions', (t) => {
    t.string('id', 64).primary(); // sha256 of the cookie token; the token itself is never stored
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.string('created_at', 30).notNullable();
    t.string('expires_at', 30).notNullable();
    t.index(['user_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sessions');
  await knex.schema.dropTable('users');
  await knex.schema.dropTable('organizations');
}
