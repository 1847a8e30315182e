import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { clock } from '../../clock';
import { writerOf, type Db } from '../../db/knex';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, notFound, parseOr400 } from '../../http/errors';
import type { ReceivedFile } from '../../http/upload';
import { logger } from '../../logger';
import { applyFilters, applySortAndRange, type ListQuery, type ListSpec } from '../../http/simple-rest';
import { PriceImportMapping } from '../../../../shared/pricing-schemas';
import { createPriceRequests } from '../pricing/price-requests';
import { rowResolver, suggestMapping, type ResolvedRequest, type RowError } from './price-import-rows';
import { formatOf, readSheet } from './spreadsheet';
import { fileError } from './sheet-guard';

/**
 * Knobs tests turn: rows per commit chunk (one short transaction each), lease length (commits and
 * uploads), how long uncommitted staged rows are kept, how often one instance sweeps, and hooks.
 */
export const importTuning = {
  insertBatch: 500, // SQLite caps a multi-row insert at 500 rows
  commitChunk: 250,
  leaseMs: 60_000,
  keepUncommittedDays: 7,
  sweepEveryMs: 30_000,
  afterChunk: undefined as undefined | ((jobId: number, processedRows: number) => Promise<void> | void),
  afterUploadBatch: undefined as undefined | ((jobId: number, storedRows: number) => Promise<void> | void),
};

const READ_PAGE = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_ROW_ERRORS = 500;
const KIND = 'channel_prices';

const leaseUntil = () => new Date(clock.nowMs() + importTuning.leaseMs).toISOString();

async function findJob(ctx: ServiceContext, id: number, db: Db = ctx.db) {
  const job = await db('import_jobs').where({ id, org_id: ctx.user.orgId, kind: KIND }).first();
  if (!job) throw notFound('Import');
  return job;
}

const count = (value: unknown) => Number(value ?? 0);

export function toJobRecord(job: Record<string, unknown>) {
  const { org_id: _org, rows: _rows, claim_token: _token, mapping, headers, row_errors, ...rest } = job;
  return {
    ...rest,
    mapping: mapping ? JSON.parse(mapping as string) : null, // what a resumed commit uses, so a client can resume without the wizard's state
    total_rows: count(job.total_rows),
    processed_rows: count(job.processed_rows),
    created_rows: count(job.created_rows),
    skipped_rows: count(job.skipped_rows),
    failed_rows: count(job.failed_rows),
    approved_rows: count(job.approved_rows),
    pending_rows: count(job.pending_rows),
    headers: JSON.parse(headers as string),
    row_errors: row_errors ? JSON.parse(row_errors as string) : [],
  };
}

/**
 * Reads the uploaded sheet twice as a stream: first only against the limits (a hostile file is
 * refused before anything is stored), then into the staging table `import_rows`, a batch at a
 * time (no long transaction). The upload holds a lease on its job that each batch renews; a
 * crashed upload's lease runs out and the sweep marks the job failed. A file over any limit
 * leaves nothing behind.
 */
export async function uploadPriceSheet(ctx: ServiceContext, file: ReceivedFile) {
  formatOf(file.fileName);
  await readSheet(file.path, file.fileName, () => undefined);
  const { db, user } = ctx;
  await sweepImports(db);
  const now = nowIso();
  const token = randomUUID();
  const [inserted] = await db('import_jobs').insert({
    org_id: user.orgId, kind: KIND, file_name: file.fileName.slice(0, 200), status: 'uploading',
    total_rows: 0, headers: '[]', rows: '[]', created_by: user.userId, created_at: now, updated_at: now,
    claim_token: token, claimed_until: leaseUntil(),
  }).returning('id');
  const id: number = typeof inserted === 'object' ? inserted.id : inserted;
  const mine = () => db('import_jobs').where({ id, claim_token: token, status: 'uploading' });
  let headers: string[] | undefined;
  let total = 0;
  const sample: string[][] = [];
  let batch: { job_id: number; org_id: number; row_no: number; cells: string }[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    await db.transaction(async (trx) => {
      // Renew the lease first: once the sweep has failed this upload, nothing more is stored.
      const renewed = await trx('import_jobs').where({ id, claim_token: token, status: 'uploading' })
        .update({ claimed_until: leaseUntil(), updated_at: nowIso() });
      if (renewed !== 1) throw apiError(409, 'import_upload_expired');
      await trx('import_rows').insert(rows);
    });
    await importTuning.afterUploadBatch?.(id, rows[rows.length - 1].row_no);
  };
  try {
    await readSheet(file.path, file.fileName, async (cells) => {
      if (!headers) {
        headers = cells.map((h, i) => h || `Column ${i + 1}`);
        return;
      }
      const row = headers.map((_, i) => cells[i] ?? '');
      total++;
      if (sample.length < 10) sample.push(row);
      batch.push({ job_id: id, org_id: user.orgId, row_no: total, cells: JSON.stringify(row) });
      if (batch.length >= importTuning.insertBatch) await flush();
    });
    await flush();
    if (!headers) throw fileError('import_empty');
    if (!total) throw fileError('import_no_data_rows');
    const finished = await mine().update({
      status: 'uploaded', total_rows: total, headers: JSON.stringify(headers), claim_token: null, claimed_until: null, updated_at: nowIso(),
    });
    if (finished !== 1) throw apiError(409, 'import_upload_expired');
  } catch (err) {
    await db('import_rows').where({ job_id: id }).delete();
    await db('import_jobs').where({ id, claim_token: token }).delete(); // a swept job stays, as failed
    throw err;
  }
  const channels = await db('channels').where('org_id', user.orgId).select('code', 'name');
  return { ...toJobRecord(await findJob(ctx, id)), sample, suggested_mapping: suggestMapping(headers, channels) };
}

/** Job ids that one conditional update per job moved on; two instances never both act on a job. */
async function transition(db: Db, candidates: number[], guard: (q: Knex.QueryBuilder) => void, fields: Record<string, unknown>) {
  const moved: number[] = [];
  for (const id of candidates) {
    const changed = await db('import_jobs').where({ id }).andWhere(guard).update({ ...fields, updated_at: nowIso() });
    if (changed === 1) moved.push(id);
  }
  return moved;
}

let lastSweepMs: number | undefined;

/**
 * Housekeeping every instance may run, lazily, when someone lists or uploads imports (no timer, no
 * leader): uploads whose lease ran out become `failed`; jobs never committed within
 * `keepUncommittedDays` become `expired`; both lose their staged rows, as do committed jobs. Each
 * state change is a conditional update, so of two instances sweeping at once only one acts.
 */
export async function sweepImports(anyDb: Db): Promise<{ failed: number[]; expired: number[] }> {
  const now = clock.nowMs();
  if (lastSweepMs !== undefined && now >= lastSweepMs && now - lastSweepMs < importTuning.sweepEveryMs) return { failed: [], expired: [] };
  lastSweepMs = now;
  const db = writerOf(anyDb);
  const nowText = new Date(now).toISOString();
  const staleUpload = (q: Knex.QueryBuilder) => q.where('status', 'uploading').andWhere((q2) => q2
    .where('claimed_until', '<', nowText)
    .orWhere((q3) => q3.whereNull('claimed_until').andWhere('updated_at', '<', new Date(now - importTuning.leaseMs).toISOString())));
  const cutoff = new Date(now - importTuning.keepUncommittedDays * DAY_MS).toISOString();
  const abandoned = (q: Knex.QueryBuilder) => q.where('created_at', '<', cutoff).andWhere((q2) => q2
    .where('status', 'uploaded')
    .orWhere((q3) => q3.where('status', 'failed').andWhere('total_rows', '>', 0))
    .orWhere((q3) => q3.where('status', 'committing').andWhere('claimed_until', '<', nowText)));
  try {
    const ids = async (guard: (q: Knex.QueryBuilder) => void) =>
      (await db('import_jobs').where('kind', KIND).andWhere(guard).orderBy('id').limit(200).pluck('id')).map(Number);
    const failed = await transition(db, await ids(staleUpload), staleUpload, { status: 'failed', claim_token: null, claimed_until: null });
    const expired = await transition(db, await ids(abandoned), abandoned, { status: 'expired', claim_token: null, claimed_until: null });
    for (const id of [...failed, ...expired]) await db('import_rows').where({ job_id: id }).delete();
    // Leftovers of a request that stopped between its status change and its delete.
    await db('import_rows').whereIn('job_id', db('import_jobs').select('id').where('kind', KIND).andWhere((q) => q
      .whereIn('status', ['committed', 'expired'])
      .orWhere((q2) => q2.where('status', 'failed').andWhere('total_rows', 0)))).delete();
    return { failed, expired };
  } catch (err) {
    logger.warn({ err }, 'import sweep failed'); // housekeeping never fails the request that ran it
    return { failed: [], expired: [] };
  }
}

/** Staged rows of a job after `afterRow`, a page at a time, so memory holds one page. */
async function* stagedRows(db: Db, jobId: number, afterRow = 0, page = READ_PAGE): AsyncGenerator<{ row_no: number; cells: string[] }[]> {
  let last = afterRow;
  for (;;) {
    const rows = await db('import_rows').where('job_id', jobId).andWhere('row_no', '>', last).orderBy('row_no').limit(page).select('row_no', 'cells');
    if (!rows.length) return;
    yield rows.map((r: { row_no: number; cells: string }) => ({ row_no: Number(r.row_no), cells: JSON.parse(r.cells) }));
    last = Number(rows[rows.length - 1].row_no);
    if (rows.length < page) return;
  }
}

/** Checks every staged row; keeps the first errors and the first requests for a preview. */
async function validateRows(ctx: ServiceContext, job: Record<string, unknown>, mapping: PriceImportMapping) {
  const resolve = await rowResolver(ctx, JSON.parse(job.headers as string), mapping);
  const errors: RowError[] = [];
  const preview: ResolvedRequest[] = [];
  let invalidRows = 0;
  let changes = 0;
  let unchanged = 0;
  for await (const page of stagedRows(ctx.db, job.id as number)) {
    for (const { row_no, cells } of page) {
      const result = resolve(cells, row_no + 1);
      if (result.errors.length) {
        invalidRows++;
        errors.push(...result.errors.slice(0, MAX_ROW_ERRORS - errors.length));
        continue;
      }
      changes += result.requests.length;
      unchanged += result.unchanged;
      preview.push(...result.requests.slice(0, 20 - preview.length));
    }
  }
  return { errors, invalidRows, preview, changes, unchanged };
}

/** Keeps a check's errors on the job (an import not committing), so they can be downloaded as a sheet. */
async function keepRowErrors(ctx: ServiceContext, id: number, errors: RowError[], invalidRows: number) {
  await ctx.db('import_jobs').where({ id, org_id: ctx.user.orgId }).whereIn('status', ['uploaded', 'failed'])
    .update({ row_errors: errors.length ? JSON.stringify(errors) : null, failed_rows: invalidRows });
}

export async function previewPriceImport(ctx: ServiceContext, id: number, input: unknown) {
  const mapping = parseOr400(PriceImportMapping, input);
  const job = await findJob(ctx, id);
  refuseUnusable(job);
  const { errors, invalidRows, preview, changes, unchanged } = await validateRows(ctx, job, mapping);
  await keepRowErrors(ctx, id, errors, invalidRows);
  const total = count(job.total_rows);
  return {
    layout: mapping.layout,
    total_rows: total,
    valid_rows: total - invalidRows,
    invalid_rows: invalidRows,
    changes,
    unchanged,
    errors,
    preview: preview.map(({ row, sku_code, channel_code, channel_name, price, current_price, effective_from }) => ({
      row, sku_code, channel_code, channel_name, price, current_price, effective_from,
    })),
  };
}

/** A job whose staged rows are not (or no longer) there: still uploading, a crashed upload, or expired. */
function refuseUnusable(job: Record<string, unknown>) {
  if (job.status === 'uploading') throw apiError(409, 'import_not_ready');
  if (job.status === 'expired') throw apiError(409, 'import_expired', { days: importTuning.keepUncommittedDays });
  if (job.status === 'failed' && count(job.total_rows) === 0) throw apiError(409, 'import_upload_failed');
}

/** Claims the job for one commit: a conditional update, so exactly one request wins; an expired lease can be taken over. */
async function claimJob(ctx: ServiceContext, id: number, mapping: PriceImportMapping): Promise<string> {
  const token = randomUUID();
  const now = nowIso();
  const claimed = await ctx.db('import_jobs')
    .where({ id, org_id: ctx.user.orgId, kind: KIND })
    .andWhere((q) => q.where('status', 'uploaded')
      .orWhere((q2) => q2.where('status', 'failed').andWhere('total_rows', '>', 0)) // a failed commit, not a failed upload
      .orWhere((q2) => q2.where('status', 'committing').andWhere('claimed_until', '<', now)))
    .update({
      status: 'committing', claim_token: token, claimed_until: leaseUntil(), updated_at: now,
      mapping: ctx.db.raw('CASE WHEN processed_rows = 0 THEN ? ELSE mapping END', [JSON.stringify(mapping)]),
    });
  if (claimed === 1) return token;
  const job = await findJob(ctx, id);
  if (job.status === 'committed') throw apiError(409, 'import_already_committed');
  refuseUnusable(job);
  throw apiError(409, 'import_in_progress');
}

/**
 * Commits a job: claim it (409 for everyone else), check every row (any error → 400, nothing
 * written), then write chunks of rows, each in its own short transaction that also advances
 * `processed_rows` and renews the lease. A commit whose lease expired (a crashed instance) is
 * taken over by the next request and resumes after the last written chunk; rows already imported
 * are skipped by their import key.
 */
export async function commitPriceImport(ctx: ServiceContext, id: number, input: unknown) {
  const requested = parseOr400(PriceImportMapping, input);
  await findJob(ctx, id);
  const token = await claimJob(ctx, id, requested);
  const job = await findJob(ctx, id);
  const mapping: PriceImportMapping = job.mapping ? JSON.parse(job.mapping) : requested;
  const mine = () => ctx.db('import_jobs').where({ id, claim_token: token });
  const release = (fields: Record<string, unknown>) => mine().update({ claim_token: null, claimed_until: null, updated_at: nowIso(), ...fields });

  let checked: Awaited<ReturnType<typeof validateRows>>;
  try {
    checked = await validateRows(ctx, job, mapping);
  } catch (err) {
    await release({ status: count(job.processed_rows) > 0 ? 'failed' : 'uploaded' });
    throw err;
  }
  const { errors, invalidRows } = checked;
  if (errors.length) {
    await release({ status: count(job.processed_rows) > 0 ? 'failed' : 'uploaded', failed_rows: invalidRows, row_errors: JSON.stringify(errors) });
    const [first] = errors;
    throw apiError(400, 'import_row_errors', { count: errors.length, row: first.row, field: first.field, message: first.message },
      Object.fromEntries(errors.slice(0, 200).map((e) => [`rows.${e.row}.${e.field}`, e.message])));
  }

  const resolve = await rowResolver(ctx, JSON.parse(job.headers), mapping);
  try {
    for await (const page of stagedRows(ctx.db, id, count(job.processed_rows), importTuning.commitChunk)) {
      let unchanged = 0;
      const requests = page.flatMap(({ row_no, cells }) => {
        const resolved = resolve(cells, row_no + 1);
        unchanged += resolved.unchanged;
        return resolved.requests;
      });
      const lastRow = page[page.length - 1].row_no;
      await ctx.db.transaction(async (trx) => {
        const renewed = await trx('import_jobs').where({ id, claim_token: token, status: 'committing' })
          .update({ processed_rows: lastRow, claimed_until: leaseUntil(), updated_at: nowIso() });
        if (renewed !== 1) throw apiError(409, 'import_claim_lost');
        const done = requests.length ? await createPriceRequests({ ...ctx, db: trx }, requests, { idempotent: true }) : { created: [], skipped: 0 };
        // Running totals on the job, so a resumed commit (another request) answers for the whole import.
        await trx('import_jobs').where({ id }).update({
          created_rows: trx.raw('created_rows + ?', [done.created.length]),
          skipped_rows: trx.raw('skipped_rows + ?', [done.skipped + unchanged]), // already imported, or equal to the price in force
          approved_rows: trx.raw('approved_rows + ?', [done.created.filter((c) => c.status === 'approved').length]),
          pending_rows: trx.raw('pending_rows + ?', [done.created.filter((c) => c.status === 'pending').length]),
        });
      });
      await importTuning.afterChunk?.(id, lastRow);
    }
  } catch (err) {
    if ((err as { key?: string }).key !== 'import_claim_lost') await release({ status: 'failed' }).catch(() => undefined);
    throw err;
  }
  const finished = await release({ status: 'committed', failed_rows: 0, row_errors: null, processed_rows: job.total_rows });
  if (finished !== 1) throw apiError(409, 'import_claim_lost');
  await ctx.db('import_rows').where({ job_id: id }).delete();
  const final = await findJob(ctx, id);
  return {
    id, created: count(final.created_rows), skipped: count(final.skipped_rows),
    approved: count(final.approved_rows), pending: count(final.pending_rows),
  };
}

export async function getPriceImport(ctx: ServiceContext, id: number) {
  return toJobRecord(await findJob(ctx, id));
}

export const priceImportList: ListSpec = {
  fields: {
    id: { type: 'integer', unique: true },
    file_name: { type: 'string' },
    status: { type: 'string', enum: ['uploading', 'uploaded', 'committing', 'committed', 'failed', 'expired'] },
    total_rows: { type: 'integer' },
    processed_rows: { type: 'integer' },
    created_rows: { type: 'integer' },
    failed_rows: { type: 'integer' },
    approved_rows: { type: 'integer' },
    pending_rows: { type: 'integer' },
    created_by: { type: 'integer' },
    created_at: { type: 'date' },
  },
  search: ['import_jobs.file_name'],
  defaultSort: ['created_at', 'DESC'],
};

const LIST_COLUMNS = [
  'id', 'file_name', 'status', 'total_rows', 'processed_rows', 'created_rows', 'skipped_rows', 'failed_rows', 'approved_rows', 'pending_rows',
  'created_by', 'created_at', 'updated_at',
];

/** The tenant's price imports, newest first by default (simple-rest list), with the uploader's name. */
export async function listPriceImports(ctx: ServiceContext, query: ListQuery) {
  await sweepImports(ctx.db);
  const base = applyFilters(ctx.db('import_jobs').where({ 'import_jobs.org_id': ctx.user.orgId, 'import_jobs.kind': KIND }), query, priceImportList, 'import_jobs');
  const [{ total }] = await base.clone().count({ total: '*' });
  const columns = [...LIST_COLUMNS.map((c) => `import_jobs.${c}`), 'users.name as created_by_name'];
  const rows = await applySortAndRange(
    base.clone().leftJoin('users', 'users.id', 'import_jobs.created_by').select(columns), query, priceImportList, 'import_jobs',
  );
  const records = rows.map((r: Record<string, unknown>) => ({
    ...r, total_rows: count(r.total_rows), processed_rows: count(r.processed_rows), created_rows: count(r.created_rows),
    skipped_rows: count(r.skipped_rows), failed_rows: count(r.failed_rows), approved_rows: count(r.approved_rows), pending_rows: count(r.pending_rows),
  }));
  return { records, total: Number(total) };
}
