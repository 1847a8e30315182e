import type { Knex } from 'knex';

/**
 * Violations read by an index instead of a scan: one kind's cases newest first (a manager's "all parity
 * cases"), and the held cases of a batch's SKUs (each judged batch reads them; the SKU index alone would
 * walk every closed case of those SKUs too).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('violations', (t) => {
    t.index(['org_id', 'kind', 'last_seen_at'], 'violations_kind_seen');
    t.index(['org_id', 'status', 'sku_id'], 'violations_status_sku');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('violations', (t) => {
    t.dropIndex(['org_id', 'kind', 'last_seen_at'], 'violations_kind_seen');
    t.dropIndex(['org_id', 'status', 'sku_id'], 'violations_status_sku');
  });
}
