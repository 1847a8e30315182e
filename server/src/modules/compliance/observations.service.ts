import { OBSERVATION_SOURCES } from '../../../../shared/compliance';
import { PriceObservationInput } from '../../../../shared/compliance-schemas';
import { fenToYuan, yuanToFen } from '../../../../shared/money';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import type { Db } from '../../db/knex';
import type { ServiceContext } from '../../http/context';
import { apiError, notFound, parseOr400 } from '../../http/errors';
import { applyFilters, applySortAndRange, type ListQuery, type ListSpec } from '../../http/simple-rest';
import { recordObservations } from './observation-writer';
import { loadSkuLookup, skuOf } from './sku-resolver';

type Row = Record<string, unknown>;

export const observationsList: ListSpec = {
  defaultSort: ['observed_at', 'DESC'],
  search: ['price_observations.store_name'],
  fields: {
    id: { type: 'integer' },
    channel_id: { type: 'integer' },
    sku_id: { type: 'integer' },
    seller_id: { type: 'integer' },
    source: { type: 'string', enum: OBSERVATION_SOURCES },
    compliant: { type: 'boolean' },
    price: { type: 'money' },
    observed_at: { type: 'date' },
    store_name: { type: 'string' },
    external_id: { type: 'string' },
    created_at: { type: 'date' },
  },
};

const COLUMNS = [
  'price_observations.id', 'price_observations.channel_id', 'price_observations.sku_id', 'price_observations.seller_id', 'price_observations.store_name',
  'price_observations.price', 'price_observations.observed_at', 'price_observations.url', 'price_observations.evidence_id', 'price_observations.source',
  'price_observations.external_id', 'price_observations.compliant', 'price_observations.breaches', 'price_observations.created_at', 'evidence_files.content_type as evidence_type',
];

export function toObservationRecord(row: Row): Row {
  return {
    ...row,
    price: fenToYuan(Number(row.price)),
    compliant: Boolean(row.compliant),
    breaches: row.breaches ? String(row.breaches).split(',') : [],
  };
}

const scoped = (ctx: ServiceContext) => ctx.db('price_observations').where('price_observations.org_id', ctx.user.orgId)
  .leftJoin('evidence_files', 'evidence_files.id', 'price_observations.evidence_id');

export async function listObservations(ctx: ServiceContext, query: ListQuery) {
  const base = applyFilters(scoped(ctx), query, observationsList, 'price_observations');
  const [[{ total }], rows] = await Promise.all([
    countObservations(ctx, query),
    applySortAndRange(base.clone().select(COLUMNS), query, observationsList, 'price_observations'),
  ]);
  return { records: rows.map(toObservationRecord), total: Number(total) };
}

/**
 * The list's total. Unfiltered (or by channel only), it is the sum of the daily counts the writers keep
 * (observations are never deleted): counting a million rows costs PostgreSQL a scan on every page.
 */
function countObservations(ctx: ServiceContext, query: ListQuery) {
  const byChannelOnly = !query.q && query.filters.every((f) => f.field === 'channel_id' && (f.op === 'eq' || f.op === 'in'));
  if (byChannelOnly) {
    const daily = ctx.db('observation_daily').where('org_id', ctx.user.orgId);
    for (const f of query.filters) daily.whereIn('channel_id', ([] as unknown[]).concat(f.value) as number[]);
    return daily.select(ctx.db.raw('COALESCE(SUM(observations), 0) as total'));
  }
  // The evidence join filters nothing: the count reads the observations alone.
  return applyFilters(ctx.db('price_observations').where('price_observations.org_id', ctx.user.orgId), query, observationsList, 'price_observations').count({ total: '*' });
}

export async function getObservation(ctx: ServiceContext, id: number): Promise<Row> {
  const row = await scoped(ctx).andWhere('price_observations.id', id).first(COLUMNS);
  if (!row) throw notFound('Observation');
  return toObservationRecord(row);
}

const fieldError = (field: string, key: Parameters<typeof msg>[0]) => apiError(400, 'invalid_input', { summary: `${field}: ${englishMessage(msg(key))}` }, { [field]: englishMessage(msg(key)) });

/** Checks that every id an observation names belongs to the caller's company (and the seller to its channel). */
export async function checkObservationRefs(db: Db, orgId: number, o: { channel_id: number; seller_id: number | null; evidence_id: number | null }): Promise<void> {
  if (!(await db('channels').where({ id: o.channel_id, org_id: orgId }).first('id'))) throw fieldError('channel_id', 'channel_not_found');
  if (o.seller_id !== null) {
    const seller = await db('sellers').where({ id: o.seller_id, org_id: orgId }).first('channel_id');
    if (!seller) throw fieldError('seller_id', 'seller_not_found');
    if (Number(seller.channel_id) !== o.channel_id) throw fieldError('seller_id', 'seller_channel');
  }
  if (o.evidence_id !== null && !(await db('evidence_files').where({ id: o.evidence_id, org_id: orgId }).first('id'))) throw fieldError('evidence_id', 'evidence_not_found');
}

/** An observation typed in the console: judged before the answer, which carries what was found. */
export async function createObservation(ctx: ServiceContext, input: unknown): Promise<Row> {
  const o = parseOr400(PriceObservationInput, input);
  await checkObservationRefs(ctx.db, ctx.user.orgId, o);
  const skuId = skuOf(await loadSkuLookup(ctx.db, ctx.user.orgId), o);
  if (skuId === undefined) throw fieldError(o.sku_id !== null ? 'sku_id' : 'sku_code', 'sku_unknown');
  const result = await ctx.db.transaction((trx) => recordObservations(trx, ctx.user.orgId, [{
    channel_id: o.channel_id, sku_id: skuId, seller_id: o.seller_id, store_name: o.store_name, shop_id: o.shop_id, price: yuanToFen(o.price),
    observed_at: o.observed_at, url: o.url, evidence_id: o.evidence_id, source: 'manual', external_id: o.external_id,
  }], { userId: ctx.user.userId, email: ctx.user.email }));
  if (!result.created.length) {
    // The same external id again: answer the stored observation (idempotent).
    const existing = await ctx.db('price_observations').where({ org_id: ctx.user.orgId, channel_id: o.channel_id, external_id: o.external_id }).first('id');
    return getObservation(ctx, Number(existing.id));
  }
  return getObservation(ctx, result.created[0].id);
}
