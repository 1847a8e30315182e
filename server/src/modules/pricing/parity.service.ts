import { isParityBreach } from '../../../../shared/pricing';
import type { ServiceContext } from '../../http/context';
import type { ListQuery, ListSpec } from '../../http/simple-rest';
import { listInMemory } from '../../http/in-memory-list';
import { getOrgSettings } from '../settings/service';
import { refreshExpiredPrices } from './current-prices';

export const parityList: ListSpec = {
  defaultSort: ['product_id', 'ASC'],
  search: [],
  fields: {
    id: { type: 'integer' },
    product_id: { type: 'integer' },
    breach: { type: 'boolean' },
    gap_pct: { type: 'number' },
    online_unit_price: { type: 'number' },
    offline_unit_price: { type: 'number' },
  },
};

export interface ParityRow {
  id: number;
  product_id: number;
  generic_name: string;
  brand_name: string | null;
  online_unit_price: number | null; // yuan per unit
  offline_unit_price: number | null;
  tolerance: number;
  /** How far online per-unit sits below offline, as a fraction of offline (positive = cheaper online). */
  gap_pct: number | null;
  breach: boolean;
  /** For a breach: the channels (and SKUs) that give the lowest online and offline per-unit prices. */
  online_channel?: string | null;
  online_sku?: string | null;
  offline_channel?: string | null;
  offline_sku?: string | null;
}

const toYuanPerUnit = (fenPerUnit: number | null) => (fenPerUnit === null ? null : Math.round(fenPerUnit * 100) / 10000);

/** Per product: lowest per-unit price in force online vs offline, against the product's tolerance. */
export async function parityReport(ctx: ServiceContext, productIds?: number[]): Promise<ParityRow[]> {
  const { db, user } = ctx;
  await refreshExpiredPrices(db, user.orgId);
  const skuScope = productIds ? db('skus').where('org_id', user.orgId).whereIn('product_id', productIds).select('id') : undefined;
  const channels = await db('channels').where({ org_id: user.orgId, active: true }).select('id', 'type');
  // Lowest box price per SKU and channel type; a SKU's units are fixed, so its lowest per-unit price follows.
  const lowestBoxPrice = (type: string) => db('channel_price_current')
    .where('org_id', user.orgId)
    .whereIn('channel_id', channels.filter((c: { type: string }) => c.type === type).map((c: { id: number }) => c.id))
    .whereNotNull('price')
    .modify((q) => (skuScope ? q.whereIn('sku_id', skuScope) : q))
    .groupBy('sku_id')
    .select('sku_id', db.raw('MIN(price) as min_price'));
  const [online, offline, skus] = await Promise.all([
    lowestBoxPrice('online'),
    lowestBoxPrice('offline'),
    db('skus').where('org_id', user.orgId).modify((q) => (productIds ? q.whereIn('product_id', productIds) : q)).select('id', 'product_id', 'units_per_pack'),
  ]);
  type SkuUnits = { id: number; product_id: number; units_per_pack: number };
  const skuById = new Map<number, SkuUnits>(skus.map((s: SkuUnits) => [s.id, s]));
  const byProduct = new Map<number, { online: number | null; offline: number | null }>();
  for (const [side, rows] of [['online', online], ['offline', offline]] as const) {
    for (const r of rows) {
      const sku = skuById.get(r.sku_id);
      if (!sku) continue;
      const perUnit = Number(r.min_price) / sku.units_per_pack;
      const entry = byProduct.get(sku.product_id) ?? { online: null, offline: null };
      if (entry[side] === null || perUnit < entry[side]!) entry[side] = perUnit;
      byProduct.set(sku.product_id, entry);
    }
  }
  const settings = await getOrgSettings(db, user.orgId);
  const products = await db('products').where('org_id', user.orgId)
    .modify((q) => (productIds ? q.whereIn('id', productIds) : q))
    .select('id', 'generic_name', 'brand_name', 'parity_tolerance');
  const rows: ParityRow[] = products.map((p: { id: number; generic_name: string; brand_name: string | null; parity_tolerance: number | null }) => {
    const { online, offline } = byProduct.get(p.id) ?? { online: null, offline: null };
    const tolerance = p.parity_tolerance == null ? settings.parity_tolerance : Number(p.parity_tolerance);
    return {
      id: p.id,
      product_id: p.id,
      generic_name: p.generic_name,
      brand_name: p.brand_name,
      online_unit_price: toYuanPerUnit(online),
      offline_unit_price: toYuanPerUnit(offline),
      tolerance,
      gap_pct: online !== null && offline !== null ? Math.round(((offline - online) / offline) * 10000) / 10000 : null,
      breach: isParityBreach({ online, offline, tolerance }),
    };
  });
  await nameLowestChannels(ctx, rows.filter((r) => r.breach), channels);
  return rows;
}

/** Which channel and SKU give each side's lowest per-unit price, looked up for breaches only (few rows). */
async function nameLowestChannels(ctx: ServiceContext, breaches: ParityRow[], channels: { id: number; type: string }[]) {
  if (!breaches.length) return;
  const { db, user } = ctx;
  const active = channels.map((c) => c.id);
  const byProduct = new Map(breaches.map((r) => [r.product_id, r]));
  const best = new Map<string, { perUnit: number; channel: string; sku: string }>();
  for (let i = 0; i < breaches.length; i += 500) {
    const cells = await db('channel_price_current as cpc')
      .join('skus', 'skus.id', 'cpc.sku_id')
      .join('channels', 'channels.id', 'cpc.channel_id')
      .where('cpc.org_id', user.orgId).whereNotNull('cpc.price').whereIn('cpc.channel_id', active)
      .whereIn('skus.product_id', breaches.slice(i, i + 500).map((r) => r.product_id))
      .select('skus.product_id', 'skus.code', 'skus.units_per_pack', 'cpc.price', 'channels.name', 'channels.type');
    for (const c of cells) {
      const key = `${c.product_id}:${c.type}`;
      const perUnit = Number(c.price) / Number(c.units_per_pack);
      const seen = best.get(key);
      if (!seen || perUnit < seen.perUnit) best.set(key, { perUnit, channel: c.name, sku: c.code });
    }
  }
  for (const [productId, row] of byProduct) {
    const online = best.get(`${productId}:online`);
    const offline = best.get(`${productId}:offline`);
    Object.assign(row, { online_channel: online?.channel ?? null, online_sku: online?.sku ?? null, offline_channel: offline?.channel ?? null, offline_sku: offline?.sku ?? null });
  }
}

/** The report as a simple-rest list: filters, sort and range applied in memory (one row per product). */
export async function listParity(ctx: ServiceContext, query: ListQuery) {
  const idFilter = query.filters.find((f) => f.field === 'product_id' || f.field === 'id');
  const ids = idFilter ? ([] as number[]).concat(idFilter.value as number | number[]) : undefined;
  return listInMemory(await parityReport(ctx, idFilter?.op === 'eq' || idFilter?.op === 'in' ? ids : undefined), query);
}
