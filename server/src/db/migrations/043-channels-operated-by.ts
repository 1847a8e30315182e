import type { Knex } from 'knex';

/** Data: the company's own stores are company-operated; every other existing channel stays a partner's. */
export async function up(knex: Knex): Promise<void> {
  await knex('channels').where('platform', 'own_store').update({ operated_by: 'company' });
}

export async function down(): Promise<void> {}
