import type { Knex } from 'knex';
import { pinyinSortKey } from '../../../../shared/pinyin-keys';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;

/**
 * Name columns that sort by pinyin (阿莫西林 before 布洛芬) and the column holding each one's key
 * (migration 032). Lists sort `name` by `name_sort`; the key never leaves the server.
 */
export const SORT_KEYS: Record<string, Record<string, string>> = {
  products: { generic_name: 'generic_name_sort', brand_name: 'brand_name_sort' },
  skus: { name: 'name_sort' },
  channels: { name: 'name_sort' },
  users: { name: 'name_sort' },
};

export const sortKeyColumns = (table: string): string[] => Object.values(SORT_KEYS[table] ?? {});

/** Column values plus the sort keys of the names among them. */
export function withSortKeys(table: string, columns: Row): Row {
  const keys = SORT_KEYS[table];
  if (!keys) return columns;
  const out = { ...columns };
  for (const [field, column] of Object.entries(keys)) {
    if (field in columns) out[column] = pinyinSortKey(columns[field] as string | null);
  }
  return out;
}

/** Recomputes sort keys (all organizations, or one) for rows written outside the API: seeds, backfills. */
export async function refreshSortKeys(db: Db, orgId?: number): Promise<void> {
  for (const [table, keys] of Object.entries(SORT_KEYS)) {
    const q = db(table).select('id', ...Object.keys(keys));
    if (orgId !== undefined) q.where('org_id', orgId);
    for (const row of await q) {
      const { id, ...names } = row as Row;
      await db(table).where({ id }).update(withSortKeys(table, names));
    }
  }
}
