import { clock } from '../../clock';
import type { Db } from '../../db/knex';

/** Knobs tests turn: batch sizes, the lease a running job renews, how long uncommitted files are kept, hooks. */
export const salesImportTuning = {
  resolvePage: 4000,
  previewRows: 5000,
  leaseMs: 60_000,
  keepUncommittedDays: 7,
  sweepEveryMs: 30_000,
  afterPage: undefined as undefined | ((jobId: number, processedRows: number) => Promise<void> | void),
  beforeApply: undefined as undefined | ((jobId: number) => Promise<void> | void),
};

export const MAX_ROW_ERRORS = 500;

export const leaseUntil = () => new Date(clock.nowMs() + salesImportTuning.leaseMs).toISOString();

/** Staged raw rows of a job after `afterRow`, a page at a time. */
export async function* stagedRawRows(db: Db, jobId: number, afterRow: number, page: number): AsyncGenerator<{ row_no: number; cells: string[] }[]> {
  let last = afterRow;
  for (;;) {
    const rows = await db('import_rows').where('job_id', jobId).andWhere('row_no', '>', last).orderBy('row_no').limit(page).select('row_no', 'cells');
    if (!rows.length) return;
    yield rows.map((r: { row_no: number; cells: string }) => ({ row_no: Number(r.row_no), cells: JSON.parse(r.cells) }));
    last = Number(rows[rows.length - 1].row_no);
    if (rows.length < page) return;
  }
}

export async function clearStaging(db: Db, id: number) {
  await db('sales_import_lines').where('job_id', id).delete();
  await db('sales_import_orders').where('job_id', id).delete();
  await db('import_rows').where('job_id', id).delete();
}

export type ColumnType = 'text' | 'integer' | 'bigint';

/**
 * Bulk insert for staging tables: each batch travels as one JSON parameter that the database
 * expands itself (PostgreSQL `json_to_recordset`, SQLite `json_each` over arrays of values, read by
 * `$[i]` paths, twice as fast as objects). Thousands of bound parameters per statement cost
 * PostgreSQL 6× more, and knex writes SQLite's multi-row insert as a UNION ALL capped at 500 rows.
 */
export async function insertRows(db: Db, table: string, columns: Record<string, ColumnType>, rows: Record<string, unknown>[], perStatement = 2000): Promise<void> {
  const names = Object.keys(columns);
  const pg = db.client.config.client === 'pg';
  const select = pg
    ? `SELECT ${names.join(', ')} FROM json_to_recordset(?::json) AS x(${names.map((c) => `${c} ${columns[c]}`).join(', ')})`
    : `SELECT ${names.map((_, i) => `value ->> '$[${i}]'`).join(', ')} FROM json_each(?)`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const payload = pg
      ? chunk.map((row) => Object.fromEntries(names.map((c) => [c, row[c] ?? null])))
      : chunk.map((row) => names.map((c) => row[c] ?? null));
    await db.raw(`INSERT INTO ${table} (${names.join(', ')}) ${select}`, [JSON.stringify(payload)]);
  }
}

/**
 * Raw sheet rows into `import_rows`: the batch is one JSON array of cell arrays, and each element's
 * own JSON text becomes the row's `cells`, so nothing is encoded twice.
 */
export async function insertRawRows(db: Db, jobId: number, orgId: number, firstRowNo: number, rows: string[][]): Promise<void> {
  const pg = db.client.config.client === 'pg';
  const select = pg
    ? 'SELECT ?::int, ?::int, ?::int + (n - 1)::int, value::text FROM json_array_elements(?::json) WITH ORDINALITY AS x(value, n)'
    : 'SELECT ?, ?, ? + key, value FROM json_each(?)';
  await db.raw(`INSERT INTO import_rows (job_id, org_id, row_no, cells) ${select}`, [jobId, orgId, firstRowNo, JSON.stringify(rows)]);
}
