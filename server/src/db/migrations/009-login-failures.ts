import type { Knex } from 'knex';

/**
 * Failed (and in-flight) logins, shared by every app instance: a login records its attempt first
 * and removes it only when the password was right, so concurrent guesses count each other.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('login_failures')) return;
  await knex.schema.createTable('login_failures', (t) => {
    t.bigIncrements('id');
    t.string('email', 200).notNullable(); // normalised; recorded whether or not an account has it
    t.string('ip', 64).notNullable();
    t.string('at', 30).notNullable();
    t.boolean('counts_for_account').notNullable().defaultTo(true); // false once the account logged in
    t.index(['email', 'at']);
    t.index(['ip', 'at']);
    t.index(['at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('login_failures');
}
