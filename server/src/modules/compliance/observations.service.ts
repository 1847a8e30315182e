import { OBSERVATION_SOURCES } from '../../../../shared/compliance';
import { PriceObservationInput } from '../../../../shared/compliance-schemas';
import { fenToYuan, yuanToFen } from '../../../../shared/money';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import type { Knex } from 'knex';
import type { Db } from '../../db/knex';
import type { ServiceContext } from '../../http/context';
import { apiError, notFound, parseOr400 } from '../../http/errors';
import { applyFilters, applySortAndRange, type FieldFilter, type ListQuery, type ListSpec } from '../../http/simple-rest';
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
  const span = await slotSpan(ctx, query);
  if (span?.observations === 0) return { records: [], total: 0 };
  const within = (qb: Knex.QueryBuilder): Knex.QueryBuilder => (span?.first && span.last ? qb.whereBetween('price_observations.observed_at', [span.first, span.last]) : qb);
  const base = within(applyFilters(scoped(ctx), query, observationsList, 'price_observations'));
  const [total, rows] = await Promise.all([
    span?.exact ? span.observations : countObservations(ctx, query, within),
    applySortAndRange(base.clone().select(COLUMNS), query, observationsList, 'price_observations'),
  ]);
  return { records: rows.map(toObservationRecord), total };
}

/** The list filters each slot row (SKU, channel, seller) answers, and its column for each. */
const SLOT_KEYS: Record<string, string> = { sku_id: 'sku_id', channel_id: 'channel_id', seller_id: 'seller_key' };

/** The slot keys a filter asks for (a seller of null is the slot of sightings naming no store), or undefined when slots cannot answer it. */
function slotKeysOf(filter: FieldFilter): number[] | undefined {
  if (!(filter.field in SLOT_KEYS)) return undefined;
  if (filter.op === 'eq') return filter.value !== null ? [filter.value as number] : filter.field === 'seller_id' ? [0] : undefined;
  if (filter.op === 'in') return (filter.value as unknown[]).every((v) => v !== null) ? (filter.value as number[]) : undefined;
  return undefined;
}

interface SlotSpan { observations: number; first: string | null; last: string | null; exact: boolean }

/**
 * For a list filtered by SKU or store: how many sightings their slots hold and the span of time they
 * were seen in, from the slot rows every write keeps. The total is exact when the slots answer every
 * filter; the span bounds the walk along the time index either way.
 */
async function slotSpan(ctx: ServiceContext, query: ListQuery): Promise<SlotSpan | undefined> {
  if (!query.filters.some((f) => (f.field === 'sku_id' || f.field === 'seller_id') && slotKeysOf(f))) return undefined;
  const slots = ctx.db('observation_latest').where('org_id', ctx.user.orgId);
  let exact = !query.q;
  for (const f of query.filters) {
    const keys = slotKeysOf(f);
    if (keys) slots.whereIn(SLOT_KEYS[f.field], keys);
    else exact = false;
  }
  const [row] = await slots.select(ctx.db.raw('COALESCE(SUM(observations), 0) as n'), ctx.db.raw('MIN(first_observed_at) as first_at'), ctx.db.raw('MAX(observed_at) as last_at'));
  return { observations: Number(row.n), first: row.first_at ?? null, last: row.last_at ?? null, exact };
}

/**
 * The list's total. Unfiltered (or by channel only), it is the sum of the daily counts the writers keep
 * (observations are never deleted): counting a million rows costs PostgreSQL a scan on every page.
 */
async function countObservations(ctx: ServiceContext, query: ListQuery, within: (qb: Knex.QueryBuilder) => Knex.QueryBuilder): Promise<number> {
  const byChannelOnly = !query.q && query.filters.every((f) => f.field === 'channel_id' && (f.op === 'eq' || f.op === 'in'));
  if (byChannelOnly) {
    const daily = ctx.db('observation_daily').where('org_id', ctx.user.orgId);
    for (const f of query.filters) daily.whereIn('channel_id', ([] as unknown[]).concat(f.value) as number[]);
    const [{ total }] = await daily.select(ctx.db.raw('COALESCE(SUM(observations), 0) as total'));
    return Number(total);
  }
  // The evidence join filters nothing: the count reads the observations alone.
  const [{ total }] = await within(applyFilters(ctx.db('price_observations').where('price_observations.org_id', ctx.user.orgId), query, observationsList, 'price_observations')).count({ total: '*' });
  return Number(total);
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
