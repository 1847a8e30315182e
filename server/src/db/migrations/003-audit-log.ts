import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_log', (t) => {
    t.increments('id');
    t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.integer('user_id'); // no FK: history outlives the user
    t.string('user_email', 200);
    t.string('at', 30).notNullable();
    t.string('action', 10).notNullable();
    t.string('resource', 40).notNullable();
    t.integer('record_id').notNullable();
    t.text('before');
    t.text('after');
    t.index(['org_id', 'resource', 'record_id']);
    t.index(['org_id', 'at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
}
