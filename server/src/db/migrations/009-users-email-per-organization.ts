import type { Knex } from 'knex';

/**
 * Emails are unique per organization, not globally: an admin adding a user must not learn that
 * the address is used by another company. Login then finds every account with that email.
 */
export async function up(knex: Knex): Promise<void> {
  if (knex.client.config.client === 'pg') await knex.raw('ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_unique');
  await knex.raw('DROP INDEX IF EXISTS users_email_unique');
  await knex.raw('CREATE UNIQUE INDEX IF NOT EXISTS users_org_id_email_unique ON users (org_id, email)');
  await knex.raw('CREATE INDEX IF NOT EXISTS users_email_index ON users (email)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS users_email_index');
  await knex.raw('DROP INDEX IF EXISTS users_org_id_email_unique');
  await knex.raw('CREATE UNIQUE INDEX IF NOT EXISTS users_email_unique ON users (email)');
}
