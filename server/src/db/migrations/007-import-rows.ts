import type { Knex } from 'knex';

/** Staging table for uploaded rows: one row per sheet row, written in batches while the file streams. */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('import_rows')) return;
  await knex.schema.createTable('import_rows', (t) => {
    t.integer('job_id').notNullable().references('import_jobs.id').onDelete('CASCADE');
    t.integer('org_id').notNullable().references('organizations.id').onDelete('CASCADE');
    t.integer('row_no').notNullable(); // 1-based data row (the header is not stored here)
    t.text('cells').notNullable(); // JSON array of the row's text cells
    t.primary(['job_id', 'row_no']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('import_rows');
}
