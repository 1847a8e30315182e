import { liveAt, type OperatedBy, type RuleContext, type SeverityBands, type TimedPromotion } from '../../../../shared/compliance';
import { priceInForce, type DatedPrice } from '../../../../shared/pricing';
import { lowestCharged, type Rounding, type Tier } from '../../../../shared/promotions';
import type { Db } from '../../db/knex';
import { getOrgSettings } from '../settings/service';

export interface RuleChannelRow { id: number; name: string; type: 'online' | 'offline'; operated_by: OperatedBy; owner_user_id: number | null; active: boolean }
interface SkuRow { id: number; product_id: number; units_per_pack: number }
interface ApprovedPrice extends DatedPrice { approval_reason: string | null }

/**
 * Everything the rules need for a set of SKUs and channels over a time range, loaded in a few
 * queries so a batch of 10,000 observations is evaluated without a query per row.
 */
export interface RuleInputs {
  timeZone: string;
  bands: SeverityBands;
  channels: Map<number, RuleChannelRow>;
  skus: Map<number, SkuRow>;
  contextFor(skuId: number, channelId: number, at: string, seller: { authorized: boolean | null } | null): RuleContext;
}

const CHUNK = 5000;
const cellKey = (skuId: number, channelId: number) => `${skuId}:${channelId}`;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Above this many ids, the whole company's rows are read instead: a scan of a tenant's table costs
 * less than thousands of index probes (the extra rows are simply not looked up).
 */
const WHOLE_TENANT_ABOVE = 1500;

/** Rows for these ids: by `whereIn` in chunks for a few, the tenant's whole table (`whole`) for many. */
async function byIds<T>(ids: number[] | 'all', some: (chunk: number[]) => PromiseLike<T[]>, whole: () => PromiseLike<T[]>): Promise<T[]> {
  return ids === 'all' || ids.length > WHOLE_TENANT_ABOVE ? whole() : inChunks(ids, some);
}

async function inChunks<T>(ids: number[], load: (chunk: number[]) => PromiseLike<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await load(ids.slice(i, i + CHUNK))));
  return out;
}

/**
 * `channelIds` narrows what is read to the channels being judged (an ingest batch is one channel's).
 * A cell's approved price history is read only where it matters: a manager's below-control approval,
 * and the everyday price under a percentage-off promotion.
 */
const approvedPrices = (db: Db, orgId: number, range: { from: string; to: string }, channelIds?: number[]) => db('channel_prices')
  .where({ org_id: orgId, status: 'approved' })
  .modify((q) => { if (channelIds) q.whereIn('channel_id', channelIds); })
  .andWhere('effective_from', '<=', range.to).andWhere((q) => q.whereNull('effective_to').orWhere('effective_to', '>', range.from))
  .select('id', 'sku_id', 'channel_id', 'price', 'effective_from', 'effective_to', 'status', 'approval_reason');

/** Every price in the company's history: what `cachedRuleInputs` keeps. */
export const ALL_TIME = { from: '', to: '9999' };

/** `skuIds` null reads every SKU of the company. */
export async function loadRuleInputs(db: Db, orgId: number, skuIds: number[] | null, range: { from: string; to: string }, channelIds?: number[]): Promise<RuleInputs> {
  const settings = await getOrgSettings(db, orgId);
  const channelRows: RuleChannelRow[] = await db('channels').where('org_id', orgId).select('id', 'name', 'type', 'operated_by', 'owner_user_id', 'active');
  const channels = new Map(channelRows.map((c) => [Number(c.id), { ...c, id: Number(c.id), active: !!c.active }]));
  const allSkus = () => db('skus').where('org_id', orgId).select('id', 'product_id', 'units_per_pack');
  const ids = skuIds === null ? 'all' : [...new Set(skuIds)];
  const skuRows = await byIds(ids, (chunk) => db('skus').where('org_id', orgId).whereIn('id', chunk).select('id', 'product_id', 'units_per_pack'), allSkus);
  const skus = new Map<number, SkuRow>(skuRows.map((s) => [Number(s.id), { id: Number(s.id), product_id: Number(s.product_id), units_per_pack: Number(s.units_per_pack) }]));
  const productIds = ids === 'all' ? 'all' : [...new Set(ids.map((id) => skus.get(id)?.product_id).filter((id): id is number => id !== undefined))];
  const offlineCurrent = () => db('channel_price_current as cpc').join('skus', 'skus.id', 'cpc.sku_id').join('channels as c', 'c.id', 'cpc.channel_id')
    .where({ 'cpc.org_id': orgId, 'c.type': 'offline', 'c.active': true }).whereNotNull('cpc.price').select('skus.product_id', 'skus.units_per_pack', 'cpc.price');

  type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- rows as the driver returns them
  const [policyRows, productRows, offlineRows, belowRows, promoRows]: Row[][] = await Promise.all([
    byIds(ids, (chunk) => db('price_policies').where('org_id', orgId).whereIn('sku_id', chunk).select('sku_id', 'control_price', 'promo_floor_price'),
      () => db('price_policies').where('org_id', orgId).select('sku_id', 'control_price', 'promo_floor_price')),
    byIds(productIds, (chunk) => db('products').where('org_id', orgId).whereIn('id', chunk).select('id', 'parity_tolerance'),
      () => db('products').where('org_id', orgId).select('id', 'parity_tolerance')),
    // Lowest offline box price in force per SKU of these products: parity compares per unit across pack specs.
    byIds(productIds, (chunk) => offlineCurrent().whereIn('skus.product_id', chunk), offlineCurrent),
    // Managers' below-control approvals and approved promotions are few: the tenant's all, in the range.
    approvedPrices(db, orgId, range, channelIds).andWhere('approval_reason', 'below_control'),
    db('promotion_items as i').join('promotions as p', 'p.id', 'i.promotion_id').join('promotion_channels as pc', 'pc.promotion_id', 'p.id')
      .where({ 'p.org_id': orgId, 'p.status': 'approved' })
      .modify((q) => { if (channelIds) q.whereIn('pc.channel_id', channelIds); })
      .andWhere('p.start_at', '<=', range.to).andWhere('p.end_at', '>', range.from)
      .select('p.id', 'p.start_at', 'p.end_at', 'p.slots', 'p.recurrence', 'p.rounding', 'pc.channel_id', 'i.sku_id', 'i.promo_price', 'i.discount_pct', 'i.leader_price', 'i.tiers'),
  ]);
  // The full price history where it decides something: whether a below-control approval was still the
  // price in force at an instant (a later price supersedes it), and the everyday price under a
  // percentage-off promotion. Other cells need none of it.
  const historyNeeded = [...new Set([...belowRows, ...promoRows.filter((r) => r.discount_pct !== null)].map((r) => Number(r.sku_id)))];
  const priceRows: Row[] = await inChunks(historyNeeded, (chunk) => approvedPrices(db, orgId, range, channelIds).whereIn('sku_id', chunk));

  const policies = new Map(policyRows.map((p) => [Number(p.sku_id), { control_price: Number(p.control_price), promo_floor_price: Number(p.promo_floor_price) }]));
  const tolerance = new Map(productRows.map((p) => [Number(p.id), p.parity_tolerance == null ? settings.parity_tolerance : Number(p.parity_tolerance)]));
  const offlineUnit = new Map<number, number>();
  for (const r of offlineRows) {
    const perUnit = Number(r.price) / Number(r.units_per_pack);
    const product = Number(r.product_id);
    if (!(offlineUnit.get(product)! <= perUnit)) offlineUnit.set(product, perUnit);
  }
  const prices = new Map<string, ApprovedPrice[]>();
  for (const r of priceRows) {
    const key = cellKey(Number(r.sku_id), Number(r.channel_id));
    const price = { ...(r as ApprovedPrice), id: Number(r.id), price: Number(r.price) };
    const list = prices.get(key);
    if (list) list.push(price);
    else prices.set(key, [price]);
  }
  const promotions = new Map<string, (TimedPromotion & { item: { promo_price: number | null; discount_pct: number | null; leader_price: number | null; tiers: Tier[] | null }; rounding: Rounding })[]>();
  for (const r of promoRows) {
    const key = cellKey(Number(r.sku_id), Number(r.channel_id));
    promotions.set(key, [...(promotions.get(key) ?? []), {
      id: Number(r.id), start_at: r.start_at, end_at: r.end_at, slots: r.slots ? JSON.parse(r.slots) : null, recurrence: r.recurrence ? JSON.parse(r.recurrence) : null,
      lowest_price: null, rounding: r.rounding ?? 'fen',
      item: { promo_price: num(r.promo_price), discount_pct: num(r.discount_pct), leader_price: num(r.leader_price), tiers: r.tiers ? JSON.parse(r.tiers) : null },
    }]);
  }

  return {
    timeZone: settings.time_zone,
    bands: settings,
    channels,
    skus,
    contextFor(skuId, channelId, at, seller) {
      const channel = channels.get(channelId)!;
      const sku = skus.get(skuId);
      const history = prices.get(cellKey(skuId, channelId)) ?? [];
      const inForce = priceInForce(history, at);
      const everyday = inForce?.price ?? null;
      const candidates = (promotions.get(cellKey(skuId, channelId)) ?? []).map((p) => ({ ...p, lowest_price: lowestCharged(p.item, everyday, p.rounding) }));
      return {
        channel: { operated_by: channel.operated_by, type: channel.type },
        policy: policies.get(skuId) ?? null,
        live: liveAt(candidates, at, settings.time_zone),
        approvedBelowControl: inForce?.approval_reason === 'below_control' ? inForce.price : null,
        offlineUnitPrice: sku ? offlineUnit.get(sku.product_id) ?? null : null,
        parityTolerance: sku ? tolerance.get(sku.product_id) ?? settings.parity_tolerance : settings.parity_tolerance,
        seller,
      };
    },
  };
}
