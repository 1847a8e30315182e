import { gtinKey } from '../../../../shared/identifiers';
import { priceInForce, type DatedPrice } from '../../../../shared/pricing';
import { isLiveAt, isWarmingUp, nextOpening, referencePrice, type PromotionType, type Recurrence, type Rounding, type Tier, type TimeWindow } from '../../../../shared/promotions';
import type { LiveItem } from '../../../../shared/promotion-offers';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import type { Db } from '../../db/knex';
import { apiError } from '../../http/errors';
import { cachedSku } from './engine-cache';

export interface EngineChannel { id: number; org_id: number; code: string; type: 'online' | 'offline'; audience: 'b2c' | 'b2b'; time_zone: string }
export interface EngineSku { id: number; code: string; rx_class: string; guide_price: number }

/** A SKU of the company by its code (case-insensitive) or GTIN; a 400 on the field when unknown. */
export async function skuByCode(db: Db, orgId: number, code: string, field = 'sku_code'): Promise<EngineSku> {
  const sku = await cachedSku(db, orgId, code, () => loadSku(db, orgId, code));
  if (!sku) throw apiError(400, 'invalid_input', { summary: `${field}: ${englishMessage(msg('sku_unknown'))}` }, { [field]: englishMessage(msg('sku_unknown')) });
  return sku;
}

async function loadSku(db: Db, orgId: number, code: string): Promise<EngineSku | null> {
  const sku = await db('skus').join('products', 'products.id', 'skus.product_id').where('skus.org_id', orgId)
    .andWhere((q) => q.whereRaw('lower(skus.code) = ?', [code.toLowerCase()]).orWhere('skus.gtin', gtinKey(code)))
    .first('skus.id', 'skus.code', 'products.rx_class', 'skus.guide_price');
  return sku ? { id: Number(sku.id), code: sku.code, rx_class: sku.rx_class, guide_price: Number(sku.guide_price) } : null;
}

/** The channel's approved prices of a SKU (its everyday price history). */
export async function priceHistory(db: Db, channel: EngineChannel, skuId: number): Promise<DatedPrice[]> {
  const rows = await db('channel_prices').where({ org_id: channel.org_id, channel_id: channel.id, sku_id: skuId, status: 'approved' })
    .select('id', 'price', 'effective_from', 'effective_to', 'status');
  return rows.map((r) => ({ ...r, id: Number(r.id), price: Number(r.price) }));
}

export const everydayAt = (history: DatedPrice[], at: string): number | null => priceInForce(history, at)?.price ?? null;

interface PromotionItemRow {
  promotion_id: number; item_id: number; name: string; type: PromotionType; start_at: string; end_at: string;
  slots: string | null; recurrence: string | null; warmup_hours: number | null; rounding: Rounding; budget: number | null; discount_given: number;
  promo_price: number | null; discount_pct: number | null; stock_limit: number | null; sold: number; per_order_limit: number | null;
  per_customer_limit: number | null; leader_price: number | null; group_size: number | null; group_window_hours: number | null; auto_fill_pct: number | null; tiers: string | null;
}

export interface LoadedItem extends LiveItem {
  name: string;
  start_at: string;
  end_at: string;
  leader_price: number | null;
  group_size: number | null;
  group_window_hours: number | null;
  auto_fill_pct: number | null;
  timing: { start_at: string; end_at: string; slots: TimeWindow[] | null; recurrence: Recurrence | null; warmup_hours: number | null };
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** How far ahead of `at` items are read: flash sales warm up for at most a week before they open. */
export const WARMUP_HORIZON_MS = 7 * 86_400_000;

/**
 * Approved promotion items for a SKU on the channel whose period covers `at` or starts within a
 * week of it (warm-up; `lookaheadMs` further for a kept snapshot), with this buyer's units so far
 * (none read for a null buyer). Rows are read in the caller's transaction, so an order sees the
 * stock it is about to consume.
 */
export async function loadItems(
  db: Db, channel: EngineChannel, skuId: number, at: string, customerRef: string | null, promotionId: number | null = null, lookaheadMs = 0,
): Promise<LoadedItem[]> {
  const horizon = new Date(Date.parse(at) + WARMUP_HORIZON_MS + lookaheadMs).toISOString();
  const rows: PromotionItemRow[] = await db('promotion_items as i')
    .join('promotions as p', 'p.id', 'i.promotion_id')
    .join('promotion_channels as pc', (j) => j.on('pc.promotion_id', 'p.id').andOnVal('pc.channel_id', channel.id))
    .modify((q) => {
      if (customerRef !== null) q.leftJoin('promotion_item_buyers as b', (j) => j.on('b.item_id', 'i.id').andOnVal('b.customer_ref', customerRef)).select('b.qty as bought');
    })
    .where({ 'p.org_id': channel.org_id, 'p.status': 'approved', 'i.sku_id': skuId })
    .andWhere('p.start_at', '<=', horizon).andWhere('p.end_at', '>', at)
    .modify((q) => { if (promotionId !== null) q.andWhere('p.id', promotionId); })
    .select(
      'p.id as promotion_id', 'i.id as item_id', 'p.name', 'p.type', 'p.start_at', 'p.end_at', 'p.slots', 'p.recurrence', 'p.warmup_hours', 'p.rounding', 'p.budget',
      'p.discount_given', 'i.promo_price', 'i.discount_pct', 'i.stock_limit', 'i.sold', 'i.per_order_limit', 'i.per_customer_limit', 'i.leader_price',
      'i.group_size', 'i.group_window_hours', 'i.auto_fill_pct', 'i.tiers',
    );
  return rows.map((r) => ({
    promotion_id: Number(r.promotion_id), item_id: Number(r.item_id), name: r.name, type: r.type, start_at: r.start_at, end_at: r.end_at,
    promo_price: num(r.promo_price), discount_pct: num(r.discount_pct), rounding: r.rounding,
    tiers: r.tiers ? (JSON.parse(r.tiers) as Tier[]) : null, stock_limit: num(r.stock_limit), sold: Number(r.sold),
    per_order_limit: num(r.per_order_limit), per_customer_limit: num(r.per_customer_limit),
    bought_by_customer: Number((r as unknown as { bought: number | null }).bought ?? 0),
    budget: num(r.budget), discount_given: Number(r.discount_given), leader_price: num(r.leader_price),
    group_size: num(r.group_size), group_window_hours: num(r.group_window_hours), auto_fill_pct: num(r.auto_fill_pct),
    timing: {
      start_at: r.start_at, end_at: r.end_at, slots: r.slots ? JSON.parse(r.slots) : null,
      recurrence: r.recurrence ? JSON.parse(r.recurrence) : null, warmup_hours: num(r.warmup_hours),
    },
  }));
}

/** Items live at `at` on the company's wall clock (dates, slots, recurring windows). */
export const liveAt = (items: LoadedItem[], at: string, timeZone: string) => items.filter((i) => isLiveAt(i.timing, at, timeZone));

/** Flash sales in warm-up at `at`: shown to buyers as upcoming, with when they open. */
export function upcomingAt(items: LoadedItem[], at: string, timeZone: string) {
  return items.filter((i) => isWarmingUp(i.timing, at, timeZone)).map((i) => ({
    promotion_id: i.promotion_id, name: i.name, rule: i.type, opens_at: nextOpening(i.timing, at, timeZone), unit_price: i.promo_price,
  }));
}

/** The price law's "original price" beside a promotion: the lowest in force in the 7 days before it started. */
export const referenceFor = (history: DatedPrice[], startAt: string) => referencePrice(history, startAt);
