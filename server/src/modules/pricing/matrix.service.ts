import type { Knex } from 'knex';
import { fenToYuan } from '../../../../shared/money';
import { apiError } from '../../http/errors';
import { scheduledPrices, type DatedPrice } from '../../../../shared/pricing';
import { RX_CLASSES } from '../../../../shared/enums';
import { nowIso, type ServiceContext } from '../../http/context';
import { applyFilters, applySortAndRange, type ListQuery, type ListSpec } from '../../http/simple-rest';
import { skusResource } from '../skus/resource';
import { parityReport } from './parity.service';
import { refreshExpiredPrices } from './current-prices';
import { inForcePrices } from './in-force';
import { jsonArrayAgg, parseJsonAgg } from '../../db/dialect';

export const matrixList: ListSpec = {
  ...skusResource.list,
  fields: {
    ...skusResource.list.fields,
    rx_class: { type: 'string', enum: RX_CLASSES, column: 'products.rx_class' },
    generic_name: { type: 'string', column: 'products.generic_name', sortColumn: 'products.generic_name_sort' },
    control_price: { type: 'money', column: 'price_policies.control_price' },
  },
  search: [...skusResource.list.search, 'products.generic_name', 'products.brand_name'],
  /** `breaches`: parity (the product breaks online/offline parity), below_control (a price below control somewhere) or any. */
  /** `as_of`: prices in force at that instant (a bare date: that day's start in company time) instead of now. */
  custom: { breaches: 'string', as_of: 'date' },
};

const BREACHES = ['parity', 'below_control', 'any'] as const;

/**
 * What the `breaches` filter keeps, as a condition to add to a query (a function, since an awaited
 * knex builder would run): set-based, one parity pass and one EXISTS.
 */
async function breachCondition(ctx: ServiceContext, query: ListQuery): Promise<(builder: Knex.QueryBuilder) => Knex.QueryBuilder> {
  const kind = query.custom.breaches;
  if (kind === undefined) return (builder) => builder;
  if (!BREACHES.includes(kind as (typeof BREACHES)[number])) {
    throw apiError(400, 'bad_filter_value', { field: 'breaches', reason: BREACHES.join(' | ') }, { breaches: `${BREACHES.join(' | ')}` });
  }
  const parityProducts = kind === 'below_control' ? [] : (await parityReport(ctx)).filter((r) => r.breach).map((r) => r.product_id);
  const belowControl = ctx.db('channel_price_current as cpc')
    .join('price_policies as bp', (j) => j.on('bp.org_id', 'cpc.org_id').andOn('bp.sku_id', 'cpc.sku_id'))
    .whereRaw('cpc.sku_id = skus.id').andWhere('cpc.org_id', ctx.user.orgId).whereRaw('cpc.price < bp.control_price')
    .select(ctx.db.raw('1'));
  if (kind === 'parity') return (builder) => builder.whereIn('skus.product_id', parityProducts);
  if (kind === 'below_control') return (builder) => builder.whereExists(belowControl);
  return (builder) => builder.andWhere((q) => q.whereIn('skus.product_id', parityProducts).orWhereExists(belowControl));
}

export interface MatrixCell {
  price: number | null;
  unit_price: number | null;
  effective_from: string | null;
  pending: { id: number; price: number; effective_from: string } | null;
  scheduled: { price: number; effective_from: string } | null;
}

type PriceRow = DatedPrice & { sku_id: number; channel_id: number };

const yuan = (fen: number) => fenToYuan(fen);
const yuanPerUnit = (fen: number, units: number) => Math.round((fen / units) * 100) / 10000;

export function matrixQuery(ctx: ServiceContext) {
  return ctx.db('skus')
    .join('products', 'products.id', 'skus.product_id')
    .leftJoin('price_policies', (j) => j.on('price_policies.org_id', 'skus.org_id').andOn('price_policies.sku_id', 'skus.id'))
    .where('skus.org_id', ctx.user.orgId);
}

const matrixColumns = [
  'skus.*', 'products.generic_name', 'products.brand_name', 'products.rx_class',
  'price_policies.control_price', 'price_policies.promo_floor_price',
  'price_policies.id as policy_id', 'price_policies.version as policy_version', 'price_policies.pending_change as policy_pending_change',
];

/** Builds matrix rows for a page of SKUs: price in force now per channel, plus pending and scheduled changes. */
interface CellRows { current?: PriceRow; later: PriceRow[] }

/** Loads, for a page of SKUs, only the rows a cell shows: the one in force (from the cache), pending requests and scheduled prices. */
async function loadCells(ctx: ServiceContext, skuIds: number[], at: string, asOf?: string): Promise<Map<number, Map<number, CellRows>>> {
  const bySku = new Map<number, Map<number, CellRows>>();
  const cellOf = (skuId: number, channelId: number) => {
    let channels = bySku.get(skuId);
    if (!channels) bySku.set(skuId, (channels = new Map()));
    let cell = channels.get(channelId);
    if (!cell) channels.set(channelId, (cell = { later: [] }));
    return cell;
  };
  for (let i = 0; i < skuIds.length; i += 500) {
    const chunk = skuIds.slice(i, i + 500);
    if (asOf) {
      // Another day: from the history itself (the cache holds only now); what was scheduled after it, no pending requests.
      const [inForce, later] = await Promise.all([
        inForcePrices(ctx.db, ctx.user.orgId, asOf, (q) => q.whereIn('cp.sku_id', chunk)).select('ranked.id', 'ranked.sku_id', 'ranked.channel_id', 'ranked.price', 'ranked.effective_from'),
        ctx.db('channel_prices').where({ org_id: ctx.user.orgId, status: 'approved' }).whereIn('sku_id', chunk).andWhere('effective_from', '>', asOf)
          .select('id', 'sku_id', 'channel_id', 'price', 'effective_from', 'effective_to', 'status'),
      ]);
      for (const r of inForce) {
        cellOf(r.sku_id, r.channel_id).current = { id: r.id, sku_id: r.sku_id, channel_id: r.channel_id, price: Number(r.price), effective_from: r.effective_from, effective_to: null, status: 'approved' };
      }
      for (const p of later) cellOf(p.sku_id, p.channel_id).later.push({ ...p, price: Number(p.price) });
      continue;
    }
    const [inForce, later] = await Promise.all([
      ctx.db('channel_price_current').where('org_id', ctx.user.orgId).whereIn('sku_id', chunk).whereNotNull('price')
        .groupBy('sku_id')
        .select('sku_id', jsonArrayAgg(ctx.db, ['channel_id', 'price_id', 'price', 'effective_from']).wrap('', ' as cells')),
      ctx.db('channel_prices').where('org_id', ctx.user.orgId).whereIn('sku_id', chunk)
        .andWhere((q) => q.where('status', 'pending').orWhere((q2) => q2.where('status', 'approved').andWhere('effective_from', '>', at)))
        .select('id', 'sku_id', 'channel_id', 'price', 'effective_from', 'effective_to', 'status'),
    ]);
    for (const { sku_id, cells } of inForce) {
      for (const [channelId, id, price, from] of parseJsonAgg<[number, number, number | string, string]>(cells)) {
        cellOf(sku_id, channelId).current = { id, sku_id, channel_id: channelId, price: Number(price), effective_from: from, effective_to: null, status: 'approved' };
      }
    }
    for (const p of later) cellOf(p.sku_id, p.channel_id).later.push({ ...p, price: Number(p.price) });
  }
  return bySku;
}

function toCell({ current, later }: CellRows, units: number, at: string): MatrixCell {
  const next = later.length ? scheduledPrices(later, at)[0] : undefined;
  let pending: PriceRow | undefined;
  for (const p of later) if (p.status === 'pending' && (!pending || p.id > pending.id)) pending = p;
  return {
    price: current ? yuan(current.price) : null,
    unit_price: current ? yuanPerUnit(current.price, units) : null,
    effective_from: current?.effective_from ?? null,
    pending: pending ? { id: pending.id, price: yuan(pending.price), effective_from: pending.effective_from } : null,
    scheduled: next ? { price: yuan(next.price), effective_from: next.effective_from } : null,
  };
}

/** Matrix rows for a page of SKUs: price in force now per channel, plus pending and scheduled changes. */
export async function matrixRows(ctx: ServiceContext, skuRows: Record<string, unknown>[], { withParity = true, asOf }: { withParity?: boolean; asOf?: string } = {}) {
  const at = asOf ?? nowIso();
  await refreshExpiredPrices(ctx.db, ctx.user.orgId, at);
  const productIds = [...new Set(skuRows.map((s) => s.product_id as number))];
  const [cells, parity] = await Promise.all([
    loadCells(ctx, skuRows.map((s) => s.id as number), at, asOf),
    withParity ? parityReport(ctx, productIds) : Promise.resolve([]),
  ]);
  const breaches = new Set(parity.filter((r) => r.breach).map((r) => r.product_id));

  return skuRows.map((s) => {
    const units = s.units_per_pack as number;
    const rowCells: Record<number, MatrixCell> = {};
    for (const [channelId, cell] of cells.get(s.id as number) ?? []) rowCells[channelId] = toCell(cell, units, at);
    // Internal columns (search and sort keys) stay on the server, as on the SKU list.
    const { org_id: _org, search_keys: _keys, name_sort: _sort, policy_pending_change: pendingText, ...rest } = s;
    const pending = pendingText ? JSON.parse(pendingText as string) as { control_price: number; promo_floor_price: number } : null;
    return {
      ...rest,
      guide_price: yuan(Number(s.guide_price)),
      control_price: s.control_price == null ? null : yuan(Number(s.control_price)),
      promo_floor_price: s.promo_floor_price == null ? null : yuan(Number(s.promo_floor_price)),
      // The policy, so the control price and promotion floor can be edited in place; a lowering waiting for a manager.
      policy_id: s.policy_id == null ? null : Number(s.policy_id),
      policy_version: s.policy_version == null ? null : Number(s.policy_version),
      policy_pending: pending && { control_price: yuan(pending.control_price), promo_floor_price: yuan(pending.promo_floor_price) },
      parity_breach: breaches.has(s.product_id as number),
      cells: rowCells,
    };
  });
}

/** Counting needs the product and policy joins only when the search or a filter looks at them. */
function countQuery(ctx: ServiceContext, query: ListQuery) {
  const joined = query.q || query.filters.some((f) => matrixList.fields[f.field].column);
  const from = joined ? matrixQuery(ctx) : ctx.db('skus').where('skus.org_id', ctx.user.orgId);
  return applyFilters(from, query, matrixList, 'skus');
}

export async function listMatrix(ctx: ServiceContext, query: ListQuery) {
  const inBreach = await breachCondition(ctx, query);
  const base = inBreach(applyFilters(matrixQuery(ctx), query, matrixList, 'skus'));
  const [{ total }] = await inBreach(countQuery(ctx, query)).count({ total: '*' });
  const skuRows = await applySortAndRange(base.clone().select(matrixColumns), query, matrixList, 'skus');
  const asOf = query.custom.as_of as string | undefined;
  // Parity is a judgement on prices now: not marked on another day's prices.
  return { records: await matrixRows(ctx, skuRows, { asOf, withParity: !asOf }), total: Number(total) };
}
