import { readerOf, type Db } from '../../db/knex';
import { nowIso, type AuthUser } from '../../http/context';
import { logger } from '../../logger';
import { renderServerMessage } from '../../../../shared/server-messages';
import type { SalesImportKind, SalesImportMapping } from '../../../../shared/sales-import';
import { writeAudit } from '../audit/audit';
import type { RowError } from '../imports/price-import-rows';
import { getOrgSettings } from '../settings/service';
import { applyStagedOrders, filePeriod, groupStagedOrders, mixedOrders, periodOverlap, type ApplyJob } from './sales-import-apply';
import { salesRowResolver } from './sales-import-rows';
import { clearStaging, insertEncodedRows, stagingRowEncoder, type ColumnType, leaseUntil, MAX_ROW_ERRORS, salesImportTuning, stagedRawChunks } from './sales-import-jobs';

class LostClaim extends Error {}

const STAGED_LINES_PER_WRITE = 5000;

const LINE_COLUMNS: Record<string, ColumnType> = {
  job_id: 'integer', row_no: 'integer', order_no: 'text', auto_no: 'integer', ordered_at: 'text', sales_day: 'text', status: 'text',
  customer_name: 'text', customer_ref: 'text', customer_type: 'text', province: 'text', city: 'text', sku_id: 'integer', qty: 'integer',
  unit_price: 'bigint', amount: 'bigint', line_hash: 'bigint',
};

/**
 * The background run of a claimed job. Resolves every staged row into `sales_import_lines` a page
 * at a time (each page one short transaction that renews the lease and advances progress); any row
 * error fails the job with the errors and writes nothing. Then groups orders, asks before replacing
 * a period already imported (status `confirm`), and applies everything in one short transaction.
 */
export async function runSalesImport(db: Db, job: ApplyJob, token: string, user: AuthUser): Promise<void> {
  const mine = () => db('import_jobs').where({ id: job.id, claim_token: token, status: 'running' });
  const finish = (fields: Record<string, unknown>) => mine().update({ claim_token: null, claimed_until: null, updated_at: nowIso(), ...fields });
  const t0 = performance.now();
  const phases: Record<string, number> = {};
  const mark = (name: string) => { phases[name] = Math.round(performance.now() - t0); };
  try {
    const row = await db('import_jobs').where({ id: job.id }).first('headers', 'mapping', 'total_rows', 'status');
    const mapping: SalesImportMapping = JSON.parse(row.mapping);
    const resumeAfterConfirm = await db('sales_import_orders').where('job_id', job.id).first('order_no');
    if (!resumeAfterConfirm) {
      const errors = await resolveRows(db, job, token, JSON.parse(row.headers), mapping, phases);
      if (errors) {
        await db('sales_import_lines').where('job_id', job.id).delete();
        await finish({ status: 'failed', row_errors: JSON.stringify(errors.list), failed_rows: errors.invalid });
        return;
      }
      mark('resolved');
      await groupStagedOrders(db, job.id);
      mark('grouped');
      const mixed = await mixedOrders(db, job.id, MAX_ROW_ERRORS);
      if (mixed.length) {
        const list: RowError[] = mixed.map((m) => ({
          row: m.row_no + 1, field: 'order_no', key: 'sales_import_order_mixed', params: { order_no: m.order_no },
          message: renderServerMessage('en', 'sales_import_order_mixed', { order_no: m.order_no }) ?? m.order_no,
        }));
        await clearResolved(db, job.id);
        await finish({ status: 'failed', row_errors: JSON.stringify(list), failed_rows: list.length });
        return;
      }
    }
    const period = job.kind === 'sell_through' ? await filePeriod(db, job.id) : null;
    if (period) {
      const overlap = await periodOverlap(db, job, period);
      await mine().update({ period: JSON.stringify({ ...period, ...overlap }) });
      if (overlap.stale_orders > 0 && mapping.replace_period === undefined) {
        await finish({ status: 'confirm' });
        return;
      }
    }
    mark('checked');
    await salesImportTuning.beforeApply?.(job.id);
    const now = nowIso();
    const result = await db.transaction(async (trx) => {
      const renewed = await trx('import_jobs').where({ id: job.id, claim_token: token, status: 'running' }).update({ claimed_until: leaseUntil() });
      if (renewed !== 1) throw new LostClaim();
      const applied = await applyStagedOrders(trx, job, mapping.replace_period && period ? period : null, now, mark);
      await trx('import_jobs').where({ id: job.id }).update({
        status: 'done', claim_token: null, claimed_until: null, updated_at: now, processed_rows: row.total_rows,
        created_rows: applied.created, updated_rows: applied.updated, skipped_rows: applied.unchanged, replaced_rows: applied.replaced,
        failed_rows: 0, row_errors: null,
      });
      await writeAudit({ db: trx, user }, 'create', 'sales-imports', job.id, null, { kind: job.kind, channel_id: job.channel_id, ...applied });
      return applied;
    });
    mark('applied');
    logger.info({ jobId: job.id, ...result, phases }, 'sales import done');
    const clearing = performance.now();
    await clearStaging(db, job.id);
    logger.debug({ jobId: job.id, ms: Math.round(performance.now() - clearing) }, 'sales import staging cleared');
  } catch (err) {
    if (err instanceof LostClaim) return; // the sweep failed this run (its lease ran out); nothing was written
    await clearResolved(db, job.id).catch(() => undefined);
    const key = (err as { key?: string }).key ?? 'internal';
    const params = (err as { params?: unknown }).params ?? {};
    await finish({ status: 'failed', error: JSON.stringify({ key, params }) }).catch(() => undefined);
    throw err;
  }
}

async function clearResolved(db: Db, jobId: number) {
  await db('sales_import_lines').where('job_id', jobId).delete();
  await db('sales_import_orders').where('job_id', jobId).delete();
}

/** Resolves and stages every row; the errors (first 500, and how many rows had one) when any row is bad. */
async function resolveRows(db: Db, job: ApplyJob, token: string, headers: string[], mapping: SalesImportMapping, phases: Record<string, number>) {
  await clearResolved(db, job.id);
  const settings = await getOrgSettings(db, job.org_id);
  const resolve = await salesRowResolver(db, job.org_id, job.kind as SalesImportKind, headers, mapping, settings.time_zone);
  const list: RowError[] = [];
  let invalid = 0;
  const spent = { read: 0, resolve: 0, write: 0 };
  let mark = performance.now();
  const lap = (part: keyof typeof spent) => { const now = performance.now(); spent[part] += now - mark; mark = now; };
  // Lines are written a few thousand per transaction while the next rows are read (on SQLite's read
  // pool) and resolved: the database works on its own threads while this one parses, and each
  // transaction's few round trips to this thread are spread over many lines.
  let writing: Promise<void> = Promise.resolve();
  const encode = stagingRowEncoder(db, LINE_COLUMNS);
  let writeMs = 0;
  const writePage = async (lines: string[], last: number) => {
    const started = performance.now();
    await db.transaction(async (trx) => {
      const renewed = await trx('import_jobs').where({ id: job.id, claim_token: token, status: 'running' })
        .update({ claimed_until: leaseUntil(), processed_rows: last, updated_at: nowIso() });
      if (renewed !== 1) throw new LostClaim();
      if (!invalid) await insertEncodedRows(trx, 'sales_import_lines', LINE_COLUMNS, lines, STAGED_LINES_PER_WRITE);
    });
    writeMs += performance.now() - started;
    await salesImportTuning.afterPage?.(job.id, last);
  };
  const handOver = async (lines: string[], last: number) => {
    await writing;
    lap('write');
    writing = writePage(lines, last);
    writing.catch(() => undefined); // awaited at the next hand-over; this only keeps a failure from counting as unhandled meanwhile
  };
  let lines: string[] = [];
  let last = 0;
  try {
    for await (const { firstRow, rows } of stagedRawChunks(readerOf(db), job.id)) {
      lap('read');
      for (let i = 0; i < rows.length; i++) {
        const rowNo = firstRow + i;
        const result = resolve(rows[i], rowNo + 1);
        if (result.errors.length) {
          invalid++;
          list.push(...result.errors.slice(0, MAX_ROW_ERRORS - list.length));
        } else if (!result.line) {
          throw new Error(`row ${rowNo} resolved to nothing: ${JSON.stringify(rows[i]).slice(0, 300)}`);
        } else if (!invalid) {
          lines.push(encode({ ...result.line, job_id: job.id }));
        }
      }
      last = firstRow + rows.length - 1;
      lap('resolve');
      if (lines.length >= STAGED_LINES_PER_WRITE || invalid) {
        await handOver(lines, last);
        lines = [];
      }
    }
    await handOver(lines, last);
    await writing;
  } finally {
    // A failure mid-file must not leave a page still being written behind the clean-up that follows.
    await writing.catch(() => undefined);
  }
  lap('write');
  // Where the resolve phase waited (for rows, on its own parsing, for the writer) and how long the writer worked.
  Object.assign(phases, {
    resolve_waiting_for_rows: Math.round(spent.read), resolve_parsing: Math.round(spent.resolve),
    resolve_waiting_for_writer: Math.round(spent.write), resolve_writing: Math.round(writeMs),
  });
  return invalid ? { list, invalid } : null;
}
