import { hash } from 'node:crypto';
import { MAX_PRICE_YUAN } from '../../../../shared/fields';
import { parseInstant } from '../../../../shared/instants';
import { fenToYuan, parseYuanText, yuanToFen } from '../../../../shared/money';
import { normalizeSheetTime, type SalesImportField, type SalesImportMapping } from '../../../../shared/sales-import';
import { clock } from '../../clock';
import type { Db } from '../../db/knex';
import { nowIso, type AuthUser, type ServiceContext } from '../../http/context';
import { logger } from '../../logger';
import { writeAudit } from '../audit/audit';
import type { RowError } from '../imports/price-import-rows';
import { clearStaging, leaseUntil, MAX_ROW_ERRORS, salesImportTuning, stagedRawChunks } from '../sales-imports/sales-import-jobs';
import { mappedColumns } from '../sales-imports/sales-import-rows';
import { sheetCellReader } from '../sales-imports/sheet-cells';
import { getOrgSettings } from '../settings/service';
import { recordObservations, type NewObservation } from './observation-writer';
import { loadSkuLookup } from './sku-resolver';

const MAX_TEXT: Partial<Record<SalesImportField, number>> = { store_name: 200, shop_id: 100, url: 1000, external_id: 100 };
const WRITE_CHUNK = 5000;

export interface ResolvedObservationRow { observation?: NewObservation; errors: RowError[] }

/**
 * Resolves one staged row of a price-watch sheet into an observation of the job's channel: times
 * without an offset in the company's zone, prices as staff write them (¥12.80, 12,80), SKUs by code
 * or GTIN. A sheet without a record id gets one from the row's content and its occurrence in the
 * file, so importing the same file twice adds nothing.
 */
export async function observationRowResolver(db: Db, orgId: number, channelId: number, headers: string[], input: SalesImportMapping, timeZone: string) {
  const columns = mappedColumns('observations', headers, input.mapping);
  const skus = await loadSkuLookup(db, orgId);
  const seen = new Map<string, number>();
  const nowMs = clock.nowMs();
  const { start, fail, cell, required } = sheetCellReader(columns, MAX_TEXT);
  return (cells: string[], sheetRow: number): ResolvedObservationRow => {
    const errors: RowError[] = [];
    start(cells, sheetRow, errors);
    const timeText = required('observed_at');
    const at = timeText ? parseInstant(normalizeSheetTime(timeText), timeZone) : undefined;
    if (timeText && !at) fail('observed_at', 'sales_row_time', { value: timeText.slice(0, 40) });
    else if (at && Date.parse(at) > nowMs + 60_000) fail('observed_at', 'observation_row_future', { value: timeText.slice(0, 40) });
    const skuText = required('sku');
    const skuId = skuText ? skus.byCode(skuText) ?? skus.byGtin(skuText) : undefined;
    if (skuText && !skuId) fail('sku', 'import_row_sku_unknown', { value: skuText.slice(0, 40) });
    const priceText = required('price');
    const yuan = priceText ? parseYuanText(priceText) : null;
    if (priceText && (yuan === null || !(yuan >= 0.01 && yuan <= MAX_PRICE_YUAN))) fail('price', 'sales_row_money', { value: priceText.slice(0, 40) });
    const url = cell('url');
    if (url && !/^https?:\/\/\S+$/i.test(url)) fail('url', 'observation_row_url', { value: url.slice(0, 40) });
    const storeName = cell('store_name') || null;
    const shopId = cell('shop_id') || null;
    let externalId = cell('external_id') || null;
    if (errors.length) return { errors };
    if (!externalId) {
      const content = hash('sha1', [skuId, yuanToFen(yuan!), at, storeName ?? '', shopId ?? ''].join('\u0001')).slice(0, 24);
      const n = (seen.get(content) ?? 0) + 1;
      seen.set(content, n);
      externalId = `sheet:${content}#${n}`;
    }
    return {
      errors,
      observation: {
        channel_id: channelId, sku_id: skuId!, seller_id: null, store_name: storeName, shop_id: shopId, price: yuanToFen(yuan!),
        observed_at: at!, url: url || null, evidence_id: null, source: 'import', external_id: externalId,
      },
    };
  };
}

/** `POST /api/sales-imports/:id/preview` for a price-watch sheet: row errors on the first rows and how they would be stored. */
export async function previewObservationImport(ctx: ServiceContext, job: Record<string, unknown>, mapping: SalesImportMapping) {
  const { time_zone } = await getOrgSettings(ctx.db, ctx.user.orgId);
  const resolve = await observationRowResolver(ctx.db, ctx.user.orgId, Number(job.channel_id), JSON.parse(job.headers as string), mapping, time_zone);
  const errors: RowError[] = [];
  const preview: NewObservation[] = [];
  const rowOf = new Map<NewObservation, number>();
  let checked = 0;
  let invalid = 0;
  for await (const { firstRow, rows } of stagedRawChunks(ctx.db, Number(job.id))) {
    for (let i = 0; i < rows.length && checked < salesImportTuning.previewRows; i++) {
      checked++;
      const result = resolve(rows[i], firstRow + i + 1);
      if (result.errors.length) {
        invalid++;
        errors.push(...result.errors.slice(0, MAX_ROW_ERRORS - errors.length));
      } else if (preview.length < 20) {
        preview.push(result.observation!);
        rowOf.set(result.observation!, firstRow + i + 1);
      }
    }
    if (checked >= salesImportTuning.previewRows) break;
  }
  const skus = new Map((await ctx.db('skus').whereIn('id', [...new Set(preview.map((p) => p.sku_id))]).select('id', 'code', 'name'))
    .map((s: { id: number; code: string; name: string }) => [Number(s.id), s]));
  await ctx.db('import_jobs').where({ id: job.id }).whereIn('status', ['uploaded', 'failed'])
    .update({ row_errors: errors.length ? JSON.stringify(errors) : null, failed_rows: invalid });
  return {
    total_rows: Number(job.total_rows ?? 0),
    checked_rows: checked,
    valid_rows: checked - invalid,
    invalid_rows: invalid,
    errors,
    unknown_values: [],
    preview: preview.map((o) => ({
      row: rowOf.get(o), observed_at: o.observed_at, sku_id: o.sku_id, sku_code: skus.get(o.sku_id)?.code ?? null, sku_name: skus.get(o.sku_id)?.name ?? null,
      price: fenToYuan(o.price), store_name: o.store_name, shop_id: o.shop_id, url: o.url, external_id: o.external_id,
    })),
  };
}

/**
 * The background run of a claimed price-watch sheet: every row is resolved first (progress as it
 * goes, the lease renewed per page); any row error fails the job with the errors and writes nothing.
 * Then all observations are stored and judged in one transaction: the whole file or nothing.
 */
export async function runObservationImport(db: Db, job: { id: number; org_id: number; channel_id: number }, token: string, user: AuthUser): Promise<void> {
  const mine = () => db('import_jobs').where({ id: job.id, claim_token: token, status: 'running' });
  const finish = (fields: Record<string, unknown>) => mine().update({ claim_token: null, claimed_until: null, updated_at: nowIso(), ...fields });
  try {
    const row = await db('import_jobs').where({ id: job.id }).first('headers', 'mapping');
    const { time_zone } = await getOrgSettings(db, job.org_id);
    const resolve = await observationRowResolver(db, job.org_id, job.channel_id, JSON.parse(row.headers), JSON.parse(row.mapping), time_zone);
    const observations: NewObservation[] = [];
    const errors: RowError[] = [];
    let invalid = 0;
    let processed = 0;
    for await (const { firstRow, rows } of stagedRawChunks(db, job.id)) {
      rows.forEach((cells, i) => {
        const result = resolve(cells, firstRow + i + 1);
        if (result.errors.length) {
          invalid++;
          if (errors.length < MAX_ROW_ERRORS) errors.push(...result.errors.slice(0, MAX_ROW_ERRORS - errors.length));
        } else observations.push(result.observation!);
      });
      processed += rows.length;
      const renewed = await mine().update({ processed_rows: processed, claimed_until: leaseUntil(), updated_at: nowIso() });
      if (renewed !== 1) return; // the claim was lost (swept as stalled): another run owns the job now
    }
    if (invalid) {
      await finish({ status: 'failed', row_errors: JSON.stringify(errors), failed_rows: invalid });
      return;
    }
    const totals = await db.transaction(async (trx) => {
      let created = 0;
      let unchanged = 0;
      for (let i = 0; i < observations.length; i += WRITE_CHUNK) {
        const result = await recordObservations(trx, job.org_id, observations.slice(i, i + WRITE_CHUNK), { userId: user.userId, email: user.email });
        created += result.created.length;
        unchanged += result.unchanged;
      }
      const done = await trx('import_jobs').where({ id: job.id, claim_token: token, status: 'running' }).update({
        status: 'done', created_rows: created, skipped_rows: unchanged, failed_rows: 0, row_errors: null, claim_token: null, claimed_until: null, updated_at: nowIso(),
      });
      if (done !== 1) throw new Error('import claim lost before apply');
      await writeAudit({ db: trx, user }, 'create', 'price-observations', job.id, null, { import_job: job.id, created, unchanged });
      return { created, unchanged };
    });
    await clearStaging(db, job.id);
    logger.info({ jobId: job.id, ...totals }, 'observation import done');
  } catch (err) {
    logger.error({ err, jobId: job.id }, 'observation import failed');
    await finish({ status: 'failed', error: JSON.stringify({ key: 'sales_import_interrupted', params: {} }) }).catch(() => undefined);
  }
}
