import type { Knex } from 'knex';

/** Violations of one kind, newest first (a manager's "all parity cases"), read by an index instead of a scan. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('violations', (t) => t.index(['org_id', 'kind', 'last_seen_at'], 'violations_kind_seen'));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('violations', (t) => t.dropIndex(['org_id', 'kind', 'last_seen_at'], 'violations_kind_seen'));
}
