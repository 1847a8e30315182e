import { clock } from '../../clock';
import type { Knex } from 'knex';
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

/**
 * A multi-row INSERT … VALUES written by hand: knex writes SQLite's as a UNION ALL, capped at 500
 * rows, while VALUES lists are not; `perStatement` keeps bound variables under SQLite's 32,766.
 */
export async function insertRows(db: Db, table: string, columns: string[], rows: Record<string, unknown>[]): Promise<void> {
  const perStatement = Math.max(1, Math.min(1000, Math.floor(30_000 / columns.length)));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const values: Knex.Value[] = [];
    for (const row of chunk) for (const c of columns) values.push((row[c] ?? null) as Knex.Value);
    await db.raw(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`, values);
  }
}
