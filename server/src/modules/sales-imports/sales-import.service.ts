import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { z } from 'zod';
import { clock } from '../../clock';
import { writerOf, type Db } from '../../db/knex';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, notFound, parseOr400 } from '../../http/errors';
import type { ReceivedFile } from '../../http/upload';
import { applyFilters, applySortAndRange, type ListQuery, type ListSpec } from '../../http/simple-rest';
import { logger } from '../../logger';
import { fenToYuan } from '../../../../shared/money';
import {
  SALES_IMPORT_KINDS, SALES_IMPORT_STATUSES, SalesImportMapping, suggestSalesMapping, type SalesImportKind, type ValueField,
} from '../../../../shared/sales-import';
import { msg } from '../../../../shared/validation-messages';
import { formatOf, readSheet } from '../imports/spreadsheet';
import { fileError, SHEET_LIMITS } from '../imports/sheet-guard';
import { getOrgSettings } from '../settings/service';
import type { RowError } from '../imports/price-import-rows';
import { mappedColumns, salesRowResolver, type StagedLine } from './sales-import-rows';
import { runSalesImport } from './sales-import-run';
import { previewObservationImport, runObservationImport } from '../compliance/observation-import';
import { clearStaging, insertRawChunk, leaseUntil, MAX_ROW_ERRORS, RAW_CHUNK_CHARS, RAW_CHUNK_ROWS, salesImportTuning, stagedRawChunks } from './sales-import-jobs';
export { salesImportTuning } from './sales-import-jobs';


/** A sales file may be as long as Excel allows (1,048,576 rows) and a CSV of a million lines. */
export const SALES_SHEET_LIMITS = { ...SHEET_LIMITS, maxRows: 1_048_576, maxColumns: 60, maxUnzippedBytes: 1024 * 1024 * 1024 };
export const SALES_UPLOAD_MAX_BYTES = 256 * 1024 * 1024;

const KINDS = SALES_IMPORT_KINDS as readonly string[];
const DAY_MS = 24 * 60 * 60 * 1000;

const count = (value: unknown) => Number(value ?? 0);

const UploadFields = z.object({
  kind: z.enum(SALES_IMPORT_KINDS, { error: msg('invalid_option') }),
  channel_id: z.string({ error: msg('id') }).regex(/^[1-9]\d{0,9}$/, msg('id')).transform(Number),
});

export async function findSalesJob(ctx: ServiceContext, id: number, db: Db = ctx.db) {
  const job = await db('import_jobs').where({ id, org_id: ctx.user.orgId }).whereIn('kind', KINDS).first();
  if (!job) throw notFound('Import');
  return job;
}

const json = (text: unknown) => (text ? JSON.parse(text as string) : null);

/** The job as the API shows it (`created`, `updated`, `unchanged` as the issue names them). */
export function toSalesJobRecord(job: Record<string, unknown>) {
  const period = json(job.period);
  return {
    id: Number(job.id),
    kind: job.kind,
    channel_id: job.channel_id === null ? null : Number(job.channel_id),
    file_name: job.file_name,
    status: job.status,
    total_rows: count(job.total_rows),
    processed_rows: count(job.processed_rows),
    created: count(job.created_rows),
    updated: count(job.updated_rows),
    unchanged: count(job.skipped_rows),
    replaced: count(job.replaced_rows),
    failed_rows: count(job.failed_rows),
    row_errors: json(job.row_errors) ?? [],
    headers: json(job.headers) ?? [],
    mapping: json(job.mapping),
    period: period && {
      ...period,
      existing_amount: fenToYuan(period.existing_amount_fen ?? 0),
      file_amount: fenToYuan(period.file_amount_fen ?? 0),
    },
    error: json(job.error),
    created_by: job.created_by ?? null,
    created_at: job.created_at,
    updated_at: job.updated_at,
  };
}

/** The mapping saved for this channel and kind, when every column it names is in this file. */
async function savedMapping(db: Db, orgId: number, channelId: number, kind: string, headers: string[]): Promise<SalesImportMapping | null> {
  const row = await db('import_mappings').where({ org_id: orgId, channel_id: channelId, kind }).first('mapping');
  if (!row) return null;
  const parsed = SalesImportMapping.safeParse(JSON.parse(row.mapping));
  if (!parsed.success) return null;
  const columns = Object.values(parsed.data.mapping).filter(Boolean) as string[];
  return columns.every((c) => headers.includes(c)) ? parsed.data : null;
}

/**
 * `POST /api/sales-imports`: streams the file once into `import_rows` in batches (each its own
 * short transaction that renews the upload's lease); a limit that trips mid-file removes what was
 * stored. Answers the job with its headers, a sample and the suggested mapping (the one saved for
 * this channel and kind when it fits the file, else one guessed from header names).
 */
export async function uploadSalesFile(ctx: ServiceContext, file: ReceivedFile, fields: Record<string, string>) {
  const { kind, channel_id: channelId } = parseOr400(UploadFields, { kind: fields.kind, channel_id: fields.channel_id });
  formatOf(file.fileName);
  const { db, user } = ctx;
  const channel = await db('channels').where({ id: channelId, org_id: user.orgId }).first('id');
  if (!channel) throw apiError(400, 'sales_import_channel', {}, { channel_id: msg('channel_not_found') });
  await sweepSalesImports(db);
  const now = nowIso();
  const token = randomUUID();
  const [inserted] = await db('import_jobs').insert({
    org_id: user.orgId, kind, channel_id: channelId, file_name: file.fileName.slice(0, 200), status: 'uploading',
    total_rows: 0, headers: '[]', rows: '[]', created_by: user.userId, created_at: now, updated_at: now,
    claim_token: token, claimed_until: leaseUntil(),
  }).returning('id');
  const id: number = typeof inserted === 'object' ? inserted.id : inserted;
  let headers: string[] | undefined;
  let total = 0;
  const sample: string[][] = [];
  let batch: string[] = [];
  let batchChars = 0;
  // One chunk is written while the file reads on; a second waits for it, which pauses the reading.
  let writing: Promise<void> = Promise.resolve();
  const writeChunk = (rows: string[], firstRow: number) => db.transaction(async (trx) => {
    const renewed = await trx('import_jobs').where({ id, claim_token: token, status: 'uploading' }).update({ claimed_until: leaseUntil() });
    if (renewed !== 1) throw apiError(409, 'import_upload_expired');
    await insertRawChunk(trx, id, user.orgId, firstRow, rows);
  });
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    batchChars = 0;
    await writing;
    writing = writeChunk(rows, total - rows.length + 1);
    writing.catch(() => undefined); // awaited at the next flush; meanwhile a failure is not unhandled
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
      const text = JSON.stringify(row);
      batch.push(text);
      batchChars += text.length;
      if (batch.length >= RAW_CHUNK_ROWS || batchChars >= RAW_CHUNK_CHARS) await flush();
    }, SALES_SHEET_LIMITS);
    await flush();
    await writing;
    if (!headers) throw fileError('import_empty');
    if (!total) throw fileError('import_no_data_rows');
    const finished = await db('import_jobs').where({ id, claim_token: token, status: 'uploading' }).update({
      status: 'uploaded', total_rows: total, headers: JSON.stringify(headers), claim_token: null, claimed_until: null, updated_at: nowIso(),
    });
    if (finished !== 1) throw apiError(409, 'import_upload_expired');
  } catch (err) {
    await writing.catch(() => undefined); // a chunk still being written would land after the clean-up
    await db('import_rows').where({ job_id: id }).delete();
    await db('import_jobs').where({ id, claim_token: token }).delete();
    throw err;
  }
  const saved = await savedMapping(db, user.orgId, channelId, kind, headers);
  return {
    ...toSalesJobRecord(await findSalesJob(ctx, id)),
    sample,
    suggested_mapping: saved?.mapping ?? suggestSalesMapping(kind, headers),
    suggested_values: saved?.values ?? {},
    mapping_source: saved ? 'saved' : 'guessed',
  };
}


function refuseUnusable(job: Record<string, unknown>) {
  if (job.status === 'uploading') throw apiError(409, 'import_not_ready');
  if (job.status === 'expired') throw apiError(409, 'import_expired', { days: salesImportTuning.keepUncommittedDays });
  if (job.status === 'done') throw apiError(409, 'import_already_committed');
  if (job.status === 'running') throw apiError(409, 'import_in_progress');
  if (job.status === 'failed' && count(job.total_rows) === 0) throw apiError(409, 'import_upload_failed');
}

/**
 * `POST /:id/preview`: checks the first rows of the file under the mapping (the whole file is checked
 * when it is committed) and answers the row errors, the words it did not know (with counts, for the
 * value-mapping step) and the first lines as they would be imported.
 */
export async function previewSalesImport(ctx: ServiceContext, id: number, input: unknown) {
  const mapping = parseOr400(SalesImportMapping, input);
  const job = await findSalesJob(ctx, id);
  refuseUnusable(job);
  if (job.kind === 'observations') return previewObservationImport(ctx, job, mapping);
  const headers: string[] = JSON.parse(job.headers);
  const settings = await getOrgSettings(ctx.db, ctx.user.orgId);
  const resolve = await salesRowResolver(ctx.db, ctx.user.orgId, job.kind as SalesImportKind, headers, mapping, settings.time_zone);
  const errors: RowError[] = [];
  const unknown = new Map<string, { field: ValueField; value: string; count: number }>();
  const lines: StagedLine[] = [];
  let checked = 0;
  let invalid = 0;
  let amountFen = 0;
  for await (const { firstRow, rows } of stagedRawChunks(ctx.db, id)) {
    for (let i = 0; i < rows.length; i++) {
      if (checked >= salesImportTuning.previewRows) break;
      checked++;
      const result = resolve(rows[i], firstRow + i + 1);
      for (const u of result.unknown) {
        const key = `${u.field}\u0001${u.value}`;
        unknown.set(key, { ...u, count: (unknown.get(key)?.count ?? 0) + 1 });
      }
      if (result.errors.length) {
        invalid++;
        errors.push(...result.errors.slice(0, MAX_ROW_ERRORS - errors.length));
        continue;
      }
      const line = result.line!;
      amountFen += line.amount;
      if (lines.length < 20) lines.push(line);
    }
    if (checked >= salesImportTuning.previewRows) break;
  }
  const skuIds = [...new Set(lines.map((l) => l.sku_id))];
  const skus = new Map((await ctx.db('skus').whereIn('id', skuIds).select('id', 'code', 'name')).map((s: { id: number; code: string; name: string }) => [Number(s.id), s]));
  await ctx.db('import_jobs').where({ id }).whereIn('status', ['uploaded', 'failed', 'confirm'])
    .update({ row_errors: errors.length ? JSON.stringify(errors) : null, failed_rows: invalid });
  return {
    total_rows: count(job.total_rows),
    checked_rows: checked,
    valid_rows: checked - invalid,
    invalid_rows: invalid,
    checked_amount: fenToYuan(amountFen),
    errors,
    unknown_values: [...unknown.values()].sort((a, b) => b.count - a.count),
    preview: lines.map((l) => ({
      row: l.row_no + 1, order_no: l.auto_no ? null : l.order_no, ordered_at: l.ordered_at, status: l.status,
      customer_name: l.customer_name, customer_type: l.customer_type, province: l.province, city: l.city,
      sku_id: l.sku_id, sku_code: skus.get(l.sku_id)?.code ?? null, sku_name: skus.get(l.sku_id)?.name ?? null,
      qty: l.qty, unit_price: fenToYuan(l.unit_price), amount: fenToYuan(l.amount),
    })),
  };
}

/**
 * `POST /:id/commit`: claims the job with one conditional update (a second request gets 409), saves
 * the mapping for the channel and kind, starts the run in the background and answers at once.
 * A job waiting for the replace answer (`confirm`) continues from its resolved rows.
 */
export async function commitSalesImport(ctx: ServiceContext, id: number, input: unknown) {
  const mapping = parseOr400(SalesImportMapping, input);
  const job = await findSalesJob(ctx, id);
  mappedColumns(job.kind as SalesImportKind, JSON.parse(job.headers), mapping.mapping);
  if (job.status === 'confirm' && mapping.replace_period === undefined) throw apiError(400, 'sales_import_needs_answer', {}, { replace_period: msg('boolean') });
  const token = randomUUID();
  const now = nowIso();
  const claimed = await ctx.db('import_jobs').where({ id, org_id: ctx.user.orgId }).whereIn('kind', KINDS)
    .andWhere((q) => q.whereIn('status', ['uploaded', 'confirm'])
      .orWhere((q2) => q2.where('status', 'failed').andWhere('total_rows', '>', 0)))
    .update({
      status: 'running', claim_token: token, claimed_until: leaseUntil(), updated_at: now, error: null,
      mapping: JSON.stringify(job.status === 'confirm' ? { ...json(job.mapping), replace_period: mapping.replace_period } : mapping),
    });
  if (claimed !== 1) {
    refuseUnusable(await findSalesJob(ctx, id));
    throw apiError(409, 'import_in_progress');
  }
  const channelMapping = job.status === 'confirm' ? json(job.mapping) : mapping;
  const { replace_period: _answer, ...toSave } = channelMapping as SalesImportMapping;
  await ctx.db('import_mappings').insert({
    org_id: ctx.user.orgId, channel_id: job.channel_id, kind: job.kind, mapping: JSON.stringify(toSave), updated_at: now,
  }).onConflict(['org_id', 'channel_id', 'kind']).merge(['mapping', 'updated_at']);
  const db = writerOf(ctx.db);
  const run = job.kind === 'observations'
    ? runObservationImport(db, { id, org_id: ctx.user.orgId, channel_id: Number(job.channel_id) }, token, ctx.user)
    : runSalesImport(db, { id, org_id: ctx.user.orgId, channel_id: Number(job.channel_id), kind: job.kind }, token, ctx.user);
  void run.catch((err) => logger.error({ err, jobId: id }, 'sales import run failed'));
  return toSalesJobRecord(await findSalesJob(ctx, id, db));
}

export async function getSalesImport(ctx: ServiceContext, id: number) {
  const job = await findSalesJob(ctx, id);
  if (job.status === 'running' && job.claimed_until < nowIso()) {
    await failStaleRuns(writerOf(ctx.db), [id]);
    return toSalesJobRecord(await findSalesJob(ctx, id, writerOf(ctx.db)));
  }
  return toSalesJobRecord(job);
}

/** Runs whose lease ran out (the server stopped mid-run): failed with nothing written, their rows kept to run again. */
async function failStaleRuns(db: Db, ids: number[]) {
  const now = nowIso();
  for (const id of ids) {
    const moved = await db('import_jobs').where({ id, status: 'running' }).andWhere('claimed_until', '<', now).update({
      status: 'failed', claim_token: null, claimed_until: null, updated_at: now,
      error: JSON.stringify({ key: 'sales_import_interrupted', params: {} }),
    });
    if (moved === 1) {
      await db('sales_import_lines').where('job_id', id).delete();
      await db('sales_import_orders').where('job_id', id).delete();
    }
  }
}

/**
 * At start: on SQLite this process is the only one that can have been running imports, so every
 * `running` job was interrupted and is failed now (to be run again); on PostgreSQL other instances
 * may be running theirs, so only runs whose lease ran out are.
 */
export async function recoverSalesImportsOnStart(db: Db): Promise<void> {
  if (db.client.config.client === 'sqlite3') {
    const running = (await db('import_jobs').whereIn('kind', KINDS).andWhere('status', 'running').pluck('id')).map(Number);
    await db('import_jobs').whereIn('id', running).update({ claimed_until: new Date(0).toISOString() });
    await failStaleRuns(db, running);
  }
  await sweepSalesImports(db, true);
}

let lastSweepMs: number | undefined;

/**
 * Housekeeping any instance may run when someone uploads, lists or the server starts: interrupted
 * uploads and runs become `failed`, files never imported within `keepUncommittedDays` become
 * `expired`; each move is a conditional update, so two instances never both act.
 */
export async function sweepSalesImports(anyDb: Db, force = false): Promise<void> {
  const now = clock.nowMs();
  if (!force && lastSweepMs !== undefined && now >= lastSweepMs && now - lastSweepMs < salesImportTuning.sweepEveryMs) return;
  lastSweepMs = now;
  const db = writerOf(anyDb);
  const nowText = new Date(now).toISOString();
  try {
    const ids = async (build: (q: Knex.QueryBuilder) => void) =>
      (await db('import_jobs').whereIn('kind', KINDS).andWhere(build).orderBy('id').limit(200).pluck('id')).map(Number);
    await failStaleRuns(db, await ids((q) => q.where('status', 'running').andWhere('claimed_until', '<', nowText)));
    for (const id of await ids((q) => q.where('status', 'uploading').andWhere('claimed_until', '<', nowText))) {
      const moved = await db('import_jobs').where({ id, status: 'uploading' }).andWhere('claimed_until', '<', nowText)
        .update({ status: 'failed', claim_token: null, claimed_until: null, updated_at: nowText });
      if (moved === 1) await db('import_rows').where('job_id', id).delete();
    }
    const cutoff = new Date(now - salesImportTuning.keepUncommittedDays * DAY_MS).toISOString();
    for (const id of await ids((q) => q.whereIn('status', ['uploaded', 'failed', 'confirm']).andWhere('created_at', '<', cutoff))) {
      const moved = await db('import_jobs').where({ id }).whereIn('status', ['uploaded', 'failed', 'confirm'])
        .update({ status: 'expired', claim_token: null, claimed_until: null, updated_at: nowText });
      if (moved === 1) await clearStaging(db, id);
    }
  } catch (err) {
    logger.warn({ err }, 'sales import sweep failed');
  }
}


export const salesImportList: ListSpec = {
  fields: {
    id: { type: 'integer', unique: true },
    kind: { type: 'string', enum: [...SALES_IMPORT_KINDS] },
    channel_id: { type: 'integer' },
    file_name: { type: 'string' },
    status: { type: 'string', enum: [...SALES_IMPORT_STATUSES] },
    total_rows: { type: 'integer' },
    created_rows: { type: 'integer' },
    failed_rows: { type: 'integer' },
    created_by: { type: 'integer' },
    created_at: { type: 'date' },
  },
  search: ['import_jobs.file_name'],
  defaultSort: ['created_at', 'DESC'],
};

/** The tenant's sales imports, newest first by default, with the uploader's and the channel's names. */
export async function listSalesImports(ctx: ServiceContext, query: ListQuery, kinds: readonly string[] = KINDS) {
  await sweepSalesImports(ctx.db);
  const base = applyFilters(ctx.db('import_jobs').where('import_jobs.org_id', ctx.user.orgId).whereIn('import_jobs.kind', kinds), query, salesImportList, 'import_jobs');
  const [{ total }] = await base.clone().count({ total: '*' });
  const rows = await applySortAndRange(
    base.clone().leftJoin('users', 'users.id', 'import_jobs.created_by').leftJoin('channels', 'channels.id', 'import_jobs.channel_id')
      .select('import_jobs.*', 'users.name as created_by_name', 'channels.name as channel_name'),
    query, salesImportList, 'import_jobs',
  );
  const records = rows.map((r: Record<string, unknown>) => {
    const { headers: _h, mapping: _m, row_errors: _e, ...record } = toSalesJobRecord(r);
    return { ...record, created_by_name: r.created_by_name ?? null, channel_name: r.channel_name ?? null };
  });
  return { records, total: Number(total) };
}
