import type { Knex } from 'knex';

/** Progress and the commit claim (a lease that expires) live in the database every instance shares. */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasColumn('import_jobs', 'processed_rows')) return;
  await knex.schema.alterTable('import_jobs', (t) => {
    t.integer('processed_rows').notNullable().defaultTo(0);
    t.string('claimed_until', 30);
    t.string('claim_token', 64);
    t.text('mapping'); // JSON: the mapping the commit started with, so a resumed commit uses the same
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('import_jobs', (t) => {
    t.dropColumn('processed_rows');
    t.dropColumn('claimed_until');
    t.dropColumn('claim_token');
    t.dropColumn('mapping');
  });
}
