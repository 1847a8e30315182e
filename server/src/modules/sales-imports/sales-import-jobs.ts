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
 * expands itself (PostgreSQL `json_to_recordset`, SQLite `json_each`). Thousands of bound
 * parameters per statement cost PostgreSQL 6× more, and knex writes SQLite's multi-row insert as
 * a UNION ALL capped at 500 rows.
 */
export async function insertRows(db: Db, table: string, columns: Record<string, ColumnType>, rows: Record<string, unknown>[], perStatement = 2000): Promise<void> {
  const names = Object.keys(columns);
  const pg = db.client.config.client === 'pg';
  const select = pg
    ? `SELECT ${names.join(', ')} FROM json_to_recordset(?::json) AS x(${names.map((c) => `${c} ${columns[c]}`).join(', ')})`
    : `SELECT ${names.map((c) => `value ->> '$.${c}'`).join(', ')} FROM json_each(?)`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement).map((row) => Object.fromEntries(names.map((c) => [c, row[c] ?? null])));
    await db.raw(`INSERT INTO ${table} (${names.join(', ')}) ${select}`, [JSON.stringify(chunk)]);
  }
}
