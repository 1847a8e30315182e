import type { Knex } from 'knex';

/** Running totals of a commit (approved at once / waiting for approval), kept across resumed requests. */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasColumn('import_jobs', 'approved_rows')) return;
  await knex.schema.alterTable('import_jobs', (t) => {
    t.integer('approved_rows').notNullable().defaultTo(0);
    t.integer('pending_rows').notNullable().defaultTo(0);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('import_jobs', (t) => {
    t.dropColumn('approved_rows');
    t.dropColumn('pending_rows');
  });
}
