/**
 * What the promotion engine charges: the offers a live promotion item makes for a quantity and a
 * buyer, and the precedence between them. Pure (fen integers), so quotes and orders agree and the
 * rules are unit-tested at their edges.
 */
import { discountedPrice, tierPrice, type PromotionType, type Rounding, type Tier } from './promotions';

export type OfferRule = PromotionType | 'everyday';

/** A live promotion's item, with what is consumed so far. */
export interface LiveItem {
  promotion_id: number;
  item_id: number;
  type: PromotionType;
  promo_price: number | null;
  discount_pct: number | null;
  rounding: Rounding;
  tiers: Tier[] | null;
  stock_limit: number | null;
  sold: number;
  per_order_limit: number | null;
  per_customer_limit: number | null;
  /** Units this buyer already has from the item. */
  bought_by_customer: number;
  budget: number | null;
  discount_given: number;
}

export type Refusal = 'sold_out' | 'limit_exceeded' | 'budget_exhausted' | 'below_tiers';

export interface Offer {
  promotion_id: number;
  item_id: number;
  rule: PromotionType;
  unit_price: number;
  /** Why the buyer cannot have it now, or null when they can. */
  refusal: Refusal | null;
}

/** The unit price an item charges for `qty` (null: a volume tier not reached, or a discount with no price to take it from). */
export function itemUnitPrice(item: LiveItem, qty: number, everyday: number | null): number | null {
  if (item.type === 'volume_tier') return item.tiers ? tierPrice(item.tiers, qty) : null;
  if (item.promo_price !== null) return item.promo_price;
  if (item.discount_pct !== null && everyday !== null) return discountedPrice(everyday, item.discount_pct, item.rounding);
  return null;
}

/** The offer an item makes to this buyer for `qty`, with the first limit that refuses it. */
export function offerOf(item: LiveItem, qty: number, everyday: number | null): Offer | null {
  const unit = itemUnitPrice(item, qty, everyday);
  if (unit === null) return item.type === 'volume_tier' ? { promotion_id: item.promotion_id, item_id: item.item_id, rule: item.type, unit_price: 0, refusal: 'below_tiers' } : null;
  const discount = everyday === null ? 0 : Math.max(0, everyday - unit) * qty;
  let refusal: Refusal | null = null;
  if (item.stock_limit !== null && item.sold + qty > item.stock_limit) refusal = 'sold_out';
  else if (item.per_order_limit !== null && qty > item.per_order_limit) refusal = 'limit_exceeded';
  else if (item.per_customer_limit !== null && item.bought_by_customer + qty > item.per_customer_limit) refusal = 'limit_exceeded';
  else if (item.budget !== null && item.discount_given + discount > item.budget) refusal = 'budget_exhausted';
  return { promotion_id: item.promotion_id, item_id: item.item_id, rule: item.type, unit_price: unit, refusal };
}

export interface Quote {
  unit_price: number;
  rule: OfferRule;
  promotion_id: number | null;
  item_id: number | null;
}

/**
 * Precedence: the lowest price among the offers the buyer may have (ties: the earlier promotion),
 * when it is below the everyday price (or there is none); else the everyday price. Null when there
 * is neither.
 */
export function bestQuote(offers: readonly Offer[], everyday: number | null): Quote | null {
  let best: Offer | null = null;
  for (const offer of offers) {
    if (offer.refusal) continue;
    if (!best || offer.unit_price < best.unit_price || (offer.unit_price === best.unit_price && offer.promotion_id < best.promotion_id)) best = offer;
  }
  if (best && (everyday === null || best.unit_price < everyday)) {
    return { unit_price: best.unit_price, rule: best.rule, promotion_id: best.promotion_id, item_id: best.item_id };
  }
  return everyday === null ? null : { unit_price: everyday, rule: 'everyday', promotion_id: null, item_id: null };
}

/** A group at expiry: full, or at least `auto_fill_pct` of its size (and two people), succeeds. */
export function groupSucceedsAtExpiry(members: number, size: number, autoFillPct: number | null): boolean {
  if (members >= size) return true;
  if (autoFillPct === null) return false;
  return members >= 2 && members * 100 >= size * autoFillPct;
}
