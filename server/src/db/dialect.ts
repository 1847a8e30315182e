import type { Knex } from 'knex';
import type { Db } from './knex';

/** Database-specific SQL lives here, chosen by client name, so services stay portable. */
export const isPostgres = (db: Db) => db.client.config.client === 'pg';

/** Aggregates columns of the grouped rows into one JSON array of arrays (fewer rows to ship from the driver). */
export function jsonArrayAgg(db: Db, columns: string[]): Knex.Raw {
  const list = columns.map(() => '??').join(', ');
  return isPostgres(db)
    ? db.raw(`json_agg(json_build_array(${list}))`, columns)
    : db.raw(`json_group_array(json_array(${list}))`, columns);
}

/** Reads what `jsonArrayAgg` produced: PostgreSQL parses JSON itself, SQLite returns text. */
export function parseJsonAgg<T>(value: unknown): T[] {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T[];
}

/**
 * Ids for rows about to be inserted, known before the write so the caller can point other rows at them:
 * PostgreSQL hands out sequence values; on SQLite the one writer, inside its transaction, continues from
 * the largest id.
 */
export async function reserveIds(db: Db, table: string, count: number): Promise<number[]> {
  if (isPostgres(db)) {
    const { rows } = await db.raw('SELECT nextval(pg_get_serial_sequence(?, ?)) AS id FROM generate_series(1, ?)', [table, 'id', count]);
    return rows.map((r: { id: string }) => Number(r.id));
  }
  const [{ top }] = await db(table).max({ top: 'id' });
  const first = Number(top ?? 0) + 1;
  return Array.from({ length: count }, (_, i) => first + i);
}

/**
 * `column IN (values)` for thousands of values bound as one parameter (a JSON array SQLite expands,
 * an array PostgreSQL reads): binding each value costs knex more time than the query itself.
 */
export function inList(db: Db, column: string, values: readonly (number | string)[], type: 'integer' | 'text'): Knex.Raw {
  return isPostgres(db)
    ? db.raw(`?? = ANY(?::${type}[])`, [column, values as string[]])
    : db.raw('?? IN (SELECT value FROM json_each(?))', [column, JSON.stringify(values)]);
}
