import { clock } from '../../clock';
import type { Db } from '../../db/knex';

/** Knobs tests turn: batch sizes, the lease a running job renews, how long uncommitted files are kept, hooks. */
export const salesImportTuning = {
  previewRows: 5000,
  leaseMs: 60_000,
  keepUncommittedDays: 7,
  sweepEveryMs: 30_000,
  afterPage: undefined as undefined | ((jobId: number, processedRows: number) => Promise<void> | void),
  beforeApply: undefined as undefined | ((jobId: number) => Promise<void> | void),
};

export const MAX_ROW_ERRORS = 500;

export const leaseUntil = () => new Date(clock.nowMs() + salesImportTuning.leaseMs).toISOString();

/**
 * Raw rows are kept a chunk per `import_rows` record (keyed by the chunk's first row number, `cells`
 * the JSON array of its rows): a million-row file is a thousand inserts and reads, not a million.
 */
export const RAW_CHUNK_ROWS = 1000;
/** …or fewer when the rows are wide: a chunk never holds much more than a megabyte of text. */
export const RAW_CHUNK_CHARS = 1024 * 1024;

export async function insertRawChunk(db: Db, jobId: number, orgId: number, firstRowNo: number, rows: string[]): Promise<void> {
  await db('import_rows').insert({ job_id: jobId, org_id: orgId, row_no: firstRowNo, cells: `[${rows.join(',')}]` });
}

/** A job's raw rows, a chunk at a time in file order; the next chunk is read while the caller works on this one. */
export async function* stagedRawChunks(db: Db, jobId: number): AsyncGenerator<{ firstRow: number; rows: string[][] }> {
  const read = (after: number) => db('import_rows').where('job_id', jobId).andWhere('row_no', '>', after).orderBy('row_no')
    .first('row_no', 'cells') as Promise<{ row_no: number; cells: string } | undefined>;
  let next = read(0);
  for (;;) {
    const chunk = await next;
    if (!chunk) return;
    next = read(Number(chunk.row_no));
    next.catch(() => undefined); // awaited on the next turn; meanwhile a failure is not unhandled
    yield { firstRow: Number(chunk.row_no), rows: JSON.parse(chunk.cells) };
  }
}

export async function clearStaging(db: Db, id: number) {
  await db('sales_import_lines').where('job_id', id).delete();
  await db('sales_import_orders').where('job_id', id).delete();
  await db('import_rows').where('job_id', id).delete();
}

export type ColumnType = 'text' | 'integer' | 'bigint' | 'boolean' | 'double precision';

/**
 * Staging rows encoded one at a time as they are made, so each row's objects die young: a JSON
 * object on PostgreSQL (expanded by `json_to_recordset`), an array of the columns' values on SQLite
 * (expanded by `json_each` and read by `$[i]` paths, twice as fast as objects there).
 */
export function stagingRowEncoder(db: Db, columns: Record<string, ColumnType>): (row: Record<string, unknown>) => string {
  const names = Object.keys(columns);
  if (db.client.config.client === 'pg') return (row) => JSON.stringify(row);
  return (row) => JSON.stringify(names.map((c) => row[c] ?? null));
}

/**
 * Bulk insert of encoded rows: each batch travels as one JSON parameter that the database expands
 * itself. Thousands of bound parameters per statement cost PostgreSQL 6× more, and knex writes
 * SQLite's multi-row insert as a UNION ALL capped at 500 rows. `constants` are columns with one
 * value for every row, bound once instead of read from each row (every JSON path costs SQLite).
 * `onConflict`: an upsert clause (the same on both databases).
 */
export async function insertEncodedRows(db: Db, table: string, columns: Record<string, ColumnType>, rows: string[], perStatement = 2000,
  constants: Record<string, [ColumnType, unknown]> = {}, onConflict = ''): Promise<void> {
  const names = Object.keys(columns);
  const fixed = Object.keys(constants);
  const pg = db.client.config.client === 'pg';
  const fixedValues = fixed.map((c) => (pg ? `?::${constants[c][0]}` : '?'));
  const select = pg
    ? `SELECT ${[...names, ...fixedValues].join(', ')} FROM json_to_recordset(?::json) AS x(${names.map((c) => `${c} ${columns[c]}`).join(', ')})`
    : `SELECT ${[...names.map((_, i) => `value ->> '$[${i}]'`), ...fixedValues].join(', ')} FROM json_each(?)`;
  const bindings = fixed.map((c) => constants[c][1] as string);
  for (let i = 0; i < rows.length; i += perStatement) {
    // `WHERE true` lets SQLite tell an upsert's ON CONFLICT from a join's ON.
    const upsert = onConflict ? ` WHERE true ${onConflict}` : '';
    await db.raw(`INSERT INTO ${table} (${[...names, ...fixed].join(', ')}) ${select}${upsert}`, [...bindings, `[${rows.slice(i, i + perStatement).join(',')}]`]);
  }
}


/**
 * Bulk update by id of encoded rows (see `stagingRowEncoder`; `id` must be the first column): one
 * statement per batch joins the table to the rows the database expands from one JSON parameter,
 * instead of a statement per row.
 */
export async function updateEncodedRows(db: Db, table: string, columns: Record<string, ColumnType>, rows: string[], perStatement = 2000): Promise<void> {
  const names = Object.keys(columns);
  if (names[0] !== 'id') throw new Error('updateEncodedRows: id must be the first column');
  const set = names.slice(1).map((c) => `${c} = u.${c}`).join(', ');
  const source = db.client.config.client === 'pg'
    ? `json_to_recordset(?::json) AS u(${names.map((c) => `${c} ${columns[c]}`).join(', ')})`
    : `(SELECT ${names.map((c, i) => `value ->> '$[${i}]' AS ${c}`).join(', ')} FROM json_each(?)) AS u`;
  for (let i = 0; i < rows.length; i += perStatement) {
    await db.raw(`UPDATE ${table} SET ${set} FROM ${source} WHERE ${table}.id = u.id`, [`[${rows.slice(i, i + perStatement).join(',')}]`]);
  }
}
