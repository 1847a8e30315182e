import type { Knex } from 'knex';

/**
 * The list `q` filter: a case-insensitive substring match over a resource's search columns, answered
 * from an index on both databases with exactly the results of the plain match
 * `LOWER(col) LIKE '%term%'` (ASCII case folding on SQLite, the database's `lower()` on PostgreSQL).
 *
 * - SQLite: one FTS5 table per searchable table (`<table>_search`, migration 012), trigram tokenizer,
 *   case-sensitive over `lower(col)`. The term, lower-cased as the plain match lower-cases it, is one
 *   quoted phrase: its trigrams at consecutive positions within one column, i.e. a substring of
 *   `lower(col)`. LIKE's own case folding is ASCII-only and both sides are already ASCII-lower-case,
 *   so the index answers exactly what the plain match would, with no re-check.
 * - PostgreSQL: pg_trgm GIN indexes on `lower(col)` (migration 010) serve the plain predicate itself.
 *
 * Terms shorter than a trigram (two Chinese characters such as 阿莫) cannot use either index and run
 * the plain match.
 */

/** Columns indexed per table, as created by migrations 010 (PostgreSQL) and 012 (SQLite). Keep in step with new migrations. */
export const SEARCH_INDEXES: Readonly<Record<string, readonly string[]>> = {
  products: ['generic_name', 'brand_name', 'approval_number', 'manufacturer', 'search_keys'], // search_keys: pinyin, migration 031
  skus: ['code', 'name', 'gtin', 'pack_desc', 'search_keys'],
  channels: ['name', 'code', 'region'],
  users: ['email', 'name'],
  // Not audit_log: see migration 010 (the hottest insert path, few distinct values); its `q` runs the plain match.
};

export const searchTableOf = (table: string) => `${table}_search`;

const TRIGRAM = 3;

type Where = Knex.QueryBuilder;

/** `LOWER(col) LIKE %term% ESCAPE '\'` over the columns, `%`, `_` and `\` in the term taken literally. */
function substringMatch(qb: Where, columns: string[], term: string): void {
  const pattern = `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  qb.where((inner) => {
    for (const column of columns) inner.orWhereRaw('LOWER(??) LIKE ? ESCAPE ?', [column, pattern, '\\']);
  });
}

/** Groups `table.column` names by table; undefined when a column has no index (then nothing can be pre-filtered). */
function indexedColumnsByTable(columns: string[]): Map<string, string[]> | undefined {
  const byTable = new Map<string, string[]>();
  for (const qualified of columns) {
    const [table, column, ...rest] = qualified.split('.');
    if (!column || rest.length || !Object.hasOwn(SEARCH_INDEXES, table) || !SEARCH_INDEXES[table].includes(column)) return undefined;
    byTable.set(table, [...(byTable.get(table) ?? []), column]);
  }
  return byTable;
}

/** An FTS5 query for the literal substring in the given columns: a quoted phrase (quotes doubled) under a column filter. */
export function ftsPhrase(columns: string[], term: string): string {
  return `{${columns.join(' ')}} : "${term.replace(/"/g, '""')}"`;
}

/**
 * The list `q`: every word must match (in any search column), so "阿莫 胶囊" narrows to amoxicillin
 * capsules. Words are split on spaces, full-width ones too.
 */
export function whereTextMatches(qb: Where, columns: string[], q: string): Where {
  const words = q.split(/[\s\u3000]+/).filter(Boolean).slice(0, 8);
  for (const word of words.length ? words : [q]) whereTextContains(qb, columns, word);
  return qb;
}

/** Adds the `q` condition (rows whose search columns contain `term`, case-insensitively) to a list query. */
export function whereTextContains(qb: Where, columns: string[], term: string): Where {
  if (!columns.length) return qb;
  const lowered = term.toLowerCase();
  const byTable = [...lowered].length >= TRIGRAM ? indexedColumnsByTable(columns) : undefined;
  if (byTable && qb.client.config.client === 'sqlite3') {
    // A row of a join matches when any of its tables does.
    return qb.where((inner) => {
      for (const [table, tableColumns] of byTable) {
        const fts = searchTableOf(table);
        inner.orWhereRaw(`??.id IN (SELECT rowid FROM ?? WHERE ?? MATCH ?)`, [table, fts, fts, ftsPhrase(tableColumns, lowered)]);
      }
    });
  }
  if (byTable && byTable.size > 1) {
    // PostgreSQL, columns of several joined tables: one OR across tables can only be checked row by row
    // after the join, so each table finds its own matching ids through its indexes instead.
    return qb.where((inner) => {
      for (const [table, tableColumns] of byTable) {
        inner.orWhereIn(`${table}.id`, (sub) => {
          substringMatch(sub.select(`${table}.id`).from(table), tableColumns.map((c) => `${table}.${c}`), term);
        });
      }
    });
  }
  substringMatch(qb, columns, term);
  return qb;
}
