import type { Db } from '../../db/knex';
import { nowIso, type ServiceContext } from '../../http/context';
import { badRequest, conflict, notFound, parseOr400 } from '../../http/errors';
import { Instant, Money } from '../../../../shared/fields';
import { englishMessage } from '../../../../shared/validation-messages';
import { PriceImportMapping } from '../../../../shared/pricing-schemas';
import { scopeAllows } from '../../../../shared/pricing';
import { createPriceRequests, type PriceRequestInput } from '../pricing/price-requests';
import { readSpreadsheet } from './spreadsheet';

export interface RowError { row: number; field: string; message: string }

const ALIASES: Record<string, string[]> = {
  sku: ['sku', 'sku code', 'sku_code', 'code', 'gtin', 'barcode', 'sku编码', '商品编码', '条码', '编码'],
  channel: ['channel', 'channel code', 'channel_code', '渠道', '渠道编码'],
  price: ['price', 'channel price', '价格', '渠道价', '售价'],
  effective_from: ['effective from', 'effective_from', 'effective date', 'from', '生效日期', '生效时间'],
};

/** Guesses the column for each field from common English and Chinese header names. */
export function suggestMapping(headers: string[]): Record<string, string | null> {
  const normalized = headers.map((h) => h.trim().toLowerCase());
  return Object.fromEntries(
    Object.entries(ALIASES).map(([field, names]) => [field, headers[normalized.findIndex((h) => names.includes(h))] ?? null]),
  );
}

/** In-memory progress of running commits, read by GET /api/price-imports/:id. */
const progress = new Map<number, number>();

async function findJob(ctx: ServiceContext, id: number, db: Db = ctx.db) {
  const job = await db('import_jobs').where({ id, org_id: ctx.user.orgId, kind: 'channel_prices' }).first();
  if (!job) throw notFound('Import');
  return job;
}

export function toJobRecord(job: Record<string, unknown>) {
  const { org_id: _org, rows: _rows, headers, row_errors, ...rest } = job;
  return {
    ...rest,
    headers: JSON.parse(headers as string),
    row_errors: row_errors ? JSON.parse(row_errors as string) : [],
    processed_rows: progress.get(job.id as number) ?? (job.status === 'committed' ? job.total_rows : 0),
  };
}

export async function uploadPriceSheet(ctx: ServiceContext, file: { originalname: string; buffer: Buffer } | undefined) {
  if (!file) throw badRequest('Choose a file to upload', { file: 'Required' });
  const sheet = await readSpreadsheet(file.originalname, file.buffer);
  if (!sheet.rows.length) throw badRequest('The file has a header row but no data rows', { file: 'No data rows' });
  const now = nowIso();
  const [inserted] = await ctx.db('import_jobs').insert({
    org_id: ctx.user.orgId, kind: 'channel_prices', file_name: file.originalname.slice(0, 200), status: 'uploaded',
    total_rows: sheet.rows.length, headers: JSON.stringify(sheet.headers), rows: JSON.stringify(sheet.rows),
    created_by: ctx.user.userId, created_at: now, updated_at: now,
  }).returning('id');
  const id = typeof inserted === 'object' ? inserted.id : inserted;
  return { ...toJobRecord(await findJob(ctx, id)), sample: sheet.rows.slice(0, 10), suggested_mapping: suggestMapping(sheet.headers) };
}

const parsePrice = (text: string) => Number(text.replace(/[¥￥,\s]/g, '').replace(/元$/, ''));

/** Resolves and checks every row; returns the requests and per-row errors (row numbers as in the sheet, header = 1). */
async function resolveRows(ctx: ServiceContext, job: Record<string, unknown>, mapping: PriceImportMapping) {
  const headers: string[] = JSON.parse(job.headers as string);
  const rows: string[][] = JSON.parse(job.rows as string);
  const col = (name: string | null | undefined) => {
    if (!name) return -1;
    const index = headers.indexOf(name);
    if (index < 0) throw badRequest(`Column "${name}" is not in the file`, { mapping: `Unknown column ${name}` });
    return index;
  };
  const [skuCol, channelCol, priceCol, fromCol] = [col(mapping.sku), col(mapping.channel), col(mapping.price), col(mapping.effective_from)];

  const skus = await ctx.db('skus').where('org_id', ctx.user.orgId).select('id', 'code', 'gtin', 'channel_scope');
  const skuByKey = new Map<string, { id: number; code: string; channel_scope: 'online' | 'offline' | 'all' }>();
  for (const s of skus) {
    skuByKey.set(s.code.toLowerCase(), s);
    if (s.gtin) skuByKey.set(s.gtin, s);
  }
  const channels = await ctx.db('channels').where('org_id', ctx.user.orgId).select('id', 'code', 'type');
  const channelByCode = new Map(channels.map((c: { code: string }) => [c.code.toLowerCase(), c]));

  const requests: (PriceRequestInput & { row: number; sku_code: string; channel_code: string })[] = [];
  const errors: RowError[] = [];
  const seenCells = new Map<string, { row: number; price: number }>();
  rows.forEach((cells, index) => {
    const row = index + 2;
    const fail = (field: string, message: string) => errors.push({ row, field, message });
    const sku = skuByKey.get(cells[skuCol]?.trim().toLowerCase());
    const channel = channelByCode.get(cells[channelCol]?.trim().toLowerCase()) as { id: number; code: string; type: 'online' | 'offline' } | undefined;
    if (!sku) fail('sku', `No SKU with code or GTIN "${cells[skuCol]}"`);
    if (!channel) fail('channel', `No channel with code "${cells[channelCol]}"`);
    const outOfScope = sku && channel && !scopeAllows(sku.channel_scope, channel.type);
    if (outOfScope) fail('channel', `${sku.code} is ${sku.channel_scope}-only; ${channel.code} is ${channel.type}`);
    const price = Money.safeParse(parsePrice(cells[priceCol] ?? ''));
    if (!price.success || cells[priceCol]?.trim() === '') fail('price', `"${cells[priceCol]}": ${englishMessage('rx.validation.money')}`);
    const from = Instant.safeParse(fromCol >= 0 && cells[fromCol] ? cells[fromCol] : mapping.default_effective_from ?? '');
    if (!from.success) fail('effective_from', `"${fromCol >= 0 ? cells[fromCol] : ''}" is not a date`);
    if (!sku || !channel || outOfScope || !price.success || !from.success || cells[priceCol]?.trim() === '') return;
    const cellKey = `${sku.id}:${channel.id}:${from.data}`;
    const seen = seenCells.get(cellKey);
    if (seen && seen.price !== price.data) return fail('price', `Row ${seen.row} sets another price for the same SKU, channel and date`);
    seenCells.set(cellKey, { row, price: price.data });
    requests.push({ row, sku_id: sku.id, channel_id: channel.id, price: price.data, effective_from: from.data, reason: mapping.reason, sku_code: sku.code, channel_code: channel.code });
  });
  return { requests, errors };
}

export async function previewPriceImport(ctx: ServiceContext, id: number, input: unknown) {
  const mapping = parseOr400(PriceImportMapping, input);
  const job = await findJob(ctx, id);
  const { requests, errors } = await resolveRows(ctx, job, mapping);
  const invalidRows = new Set(errors.map((e) => e.row));
  return {
    total_rows: job.total_rows,
    valid_rows: job.total_rows - invalidRows.size,
    invalid_rows: invalidRows.size,
    errors: errors.slice(0, 500),
    preview: requests.slice(0, 20).map(({ row, sku_code, channel_code, price, effective_from }) => ({ row, sku_code, channel_code, price, effective_from })),
  };
}

/** All rows in one transaction, or nothing when any row is invalid. Rows already imported are skipped. */
export async function commitPriceImport(ctx: ServiceContext, id: number, input: unknown) {
  const mapping = parseOr400(PriceImportMapping, input);
  const job = await findJob(ctx, id);
  if (job.status === 'committed') throw conflict('This import is already committed');
  const { requests, errors } = await resolveRows(ctx, job, mapping);
  if (errors.length) {
    await ctx.db('import_jobs').where({ id }).update({ failed_rows: new Set(errors.map((e) => e.row)).size, row_errors: JSON.stringify(errors.slice(0, 500)), updated_at: nowIso() });
    throw badRequest(`${errors.length} problem(s) in the file; nothing was imported. First: row ${errors[0].row} ${errors[0].field}: ${errors[0].message}`, Object.fromEntries(errors.slice(0, 200).map((e) => [`rows.${e.row}.${e.field}`, e.message])));
  }
  progress.set(id, 0);
  try {
    const result = await ctx.db.transaction(async (trx) => {
      const tctx = { ...ctx, db: trx };
      const { created, skipped } = await createPriceRequests(tctx, requests, { idempotent: true, onProgress: (n) => progress.set(id, n) });
      await trx('import_jobs').where({ id }).update({
        status: 'committed', created_rows: created.length, skipped_rows: skipped, failed_rows: 0, row_errors: null, rows: '[]', updated_at: nowIso(),
      });
      return { created: created.length, skipped, approved: created.filter((c) => c.status === 'approved').length, pending: created.filter((c) => c.status === 'pending').length };
    });
    return { id, ...result };
  } finally {
    progress.delete(id);
  }
}

export async function getPriceImport(ctx: ServiceContext, id: number) {
  return toJobRecord(await findJob(ctx, id));
}
