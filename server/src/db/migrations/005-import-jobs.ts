import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('import_jobs', (t) => {
    t.increments('id');
    t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.string('kind', 30).notNullable();
    t.string('file_name', 200).notNullable();
    t.string('status', 20).notNullable(); // uploaded / committed / failed
    t.integer('total_rows').notNullable().defaultTo(0);
    t.integer('created_rows').notNullable().defaultTo(0);
    t.integer('skipped_rows').notNullable().defaultTo(0);
    t.integer('failed_rows').notNullable().defaultTo(0);
    t.text('headers').notNullable(); // JSON array
    t.text('rows').notNullable(); // JSON array of arrays, kept until committed
    t.text('row_errors'); // JSON
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.index(['org_id', 'created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('import_jobs');
}
