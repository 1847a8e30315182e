import type { Knex } from 'knex';

/**
 * Indexes for the filters and sorts the list screens use, each led by org_id because every list is
 * tenant-scoped. Without them SQLite and PostgreSQL read all of a company's rows and sort them for
 * every page (EXPLAIN: SCAN skus / USE TEMP B-TREE FOR ORDER BY). Existing ones cover the rest:
 * skus (org_id, code) and (org_id, product_id), products (org_id, generic_name), channels
 * (org_id, code), audit_log (org_id, at) and (org_id, resource, record_id), channel_prices
 * (org_id, sku_id, …) and (org_id, status, effective_from).
 */
const INDEXES: [table: string, columns: string[]][] = [
  ['skus', ['org_id', 'name']],
  ['skus', ['org_id', 'status', 'channel_scope']],
  ['skus', ['org_id', 'channel_scope']],
  ['skus', ['org_id', 'guide_price']],
  ['skus', ['org_id', 'created_at']],
  ['skus', ['org_id', 'updated_at']],
  ['products', ['org_id', 'rx_class']],
  ['products', ['org_id', 'category']],
  ['products', ['org_id', 'updated_at']],
  ['audit_log', ['org_id', 'user_id', 'at']], // "what did this person do"; action has 3 values, (org_id, at) serves it
  ['channel_prices', ['org_id', 'created_at']],
  ['channel_prices', ['org_id', 'channel_id']],
];

const nameOf = (table: string, columns: string[]) => `${table}_${columns.join('_')}_list_idx`;

export async function up(knex: Knex): Promise<void> {
  // Raw CREATE INDEX IF NOT EXISTS: safe to run twice on both databases.
  for (const [table, columns] of INDEXES) {
    await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (${columns.map(() => '??').join(', ')})`, [nameOf(table, columns), table, ...columns]);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const [table, columns] of INDEXES) await knex.raw('DROP INDEX IF EXISTS ??', [nameOf(table, columns)]);
}
