import type { Knex } from 'knex';
import { refreshSearchKeys } from '../../modules/search/search-keys';
import { refreshSortKeys } from '../../modules/search/sort-keys';
import { INDEXED, rebuildSqliteSearch } from './031-pinyin-search-keys';

/**
 * Chinese names sort by pinyin: a sort-key column beside each name lists sort by (computed in the
 * app with pinyin-pro, the same on SQLite and PostgreSQL), indexed per tenant, backfilled here. The
 * search keys are recomputed too, now that drug-name heteronyms (重组 chóng zǔ) read right.
 * Columns frozen with this migration.
 */
const COLUMNS: Record<string, string[]> = {
  products: ['generic_name_sort', 'brand_name_sort'],
  skus: ['name_sort'],
  channels: ['name_sort'],
  users: ['name_sort'],
};

export async function up(knex: Knex): Promise<void> {
  for (const [table, columns] of Object.entries(COLUMNS)) {
    for (const column of columns) {
      if (await knex.schema.hasColumn(table, column)) continue;
      await knex.schema.alterTable(table, (t) => {
        t.string(column, 255);
        t.index(['org_id', column], `${table}_${column}_idx`);
      });
    }
  }
  // The SKU list's usual view: active, one scope, by name — walked in order, never sorted whole.
  await knex.raw('CREATE INDEX IF NOT EXISTS skus_org_status_scope_name_sort_idx ON skus (org_id, status, channel_scope, name_sort)');
  await refreshSortKeys(knex);
  await refreshSearchKeys(knex);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS skus_org_status_scope_name_sort_idx');
  for (const [table, columns] of Object.entries(COLUMNS)) {
    for (const column of columns) {
      await knex.schema.alterTable(table, (t) => {
        t.dropIndex(['org_id', column], `${table}_${column}_idx`);
        t.dropColumn(column);
      });
    }
  }
  // SQLite rebuilds a table to drop a column, and its search triggers go with it.
  if (knex.client.config.client !== 'pg') await rebuildSqliteSearch(knex, INDEXED);
}
