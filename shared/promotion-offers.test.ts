import { describe, expect, test } from 'vitest';
import { bestQuote, groupSucceedsAtExpiry, itemUnitPrice, offerOf, type LiveItem } from './promotion-offers';

const item = (patch: Partial<LiveItem> = {}): LiveItem => ({
  promotion_id: 1, item_id: 10, type: 'flash_sale', promo_price: 900, discount_pct: null, rounding: 'fen', tiers: null,
  stock_limit: null, sold: 0, per_order_limit: null, per_customer_limit: null, bought_by_customer: 0, budget: null, discount_given: 0, ...patch,
});

describe('offerOf', () => {
  test('should refuse at the exact edge of stock, per-order and per-buyer limits, and the budget', () => {
    expect(offerOf(item({ stock_limit: 50, sold: 49 }), 1, 1000)!.refusal).toBeNull();
    expect(offerOf(item({ stock_limit: 50, sold: 49 }), 2, 1000)!.refusal).toBe('sold_out');
    expect(offerOf(item({ per_order_limit: 2 }), 2, 1000)!.refusal).toBeNull();
    expect(offerOf(item({ per_order_limit: 2 }), 3, 1000)!.refusal).toBe('limit_exceeded');
    expect(offerOf(item({ per_customer_limit: 3, bought_by_customer: 2 }), 1, 1000)!.refusal).toBeNull();
    expect(offerOf(item({ per_customer_limit: 3, bought_by_customer: 2 }), 2, 1000)!.refusal).toBe('limit_exceeded');
    // ¥1.00 off each of 5 units: ¥5 of discount; a budget with exactly ¥5 left allows it, ¥4.99 does not.
    expect(offerOf(item({ budget: 10000, discount_given: 9500 }), 5, 1000)!.refusal).toBeNull();
    expect(offerOf(item({ budget: 10000, discount_given: 9501 }), 5, 1000)!.refusal).toBe('budget_exhausted');
  });

  test('should price a percentage off the everyday price with the promotion\'s rounding, and tiers by quantity', () => {
    expect(itemUnitPrice(item({ type: 'limited_discount', promo_price: null, discount_pct: 15, rounding: 'jiao' }), 1, 1999)).toBe(1700);
    expect(itemUnitPrice(item({ type: 'limited_discount', promo_price: null, discount_pct: 15 }), 1, null)).toBeNull();
    const tiers = item({ type: 'volume_tier', promo_price: null, tiers: [{ min_qty: 10, unit_price: 950 }, { min_qty: 50, unit_price: 900 }] });
    expect(offerOf(tiers, 9, 1000)!.refusal).toBe('below_tiers');
    expect(offerOf(tiers, 10, 1000)).toMatchObject({ unit_price: 950, refusal: null });
    expect(offerOf(tiers, 50, 1000)).toMatchObject({ unit_price: 900, refusal: null });
  });
});

describe('bestQuote', () => {
  const offer = (promotion_id: number, unit_price: number, refusal: null | 'sold_out' = null) => ({ promotion_id, item_id: promotion_id * 10, rule: 'flash_sale' as const, unit_price, refusal });
  test('should take the lowest allowed offer below the everyday price, the earlier promotion on a tie', () => {
    expect(bestQuote([offer(2, 800), offer(1, 700, 'sold_out'), offer(3, 800)], 1000)).toEqual({ unit_price: 800, rule: 'flash_sale', promotion_id: 2, item_id: 20 });
    expect(bestQuote([offer(1, 1000)], 1000)).toEqual({ unit_price: 1000, rule: 'everyday', promotion_id: null, item_id: null }); // not below everyday
    expect(bestQuote([offer(1, 1200)], null)).toMatchObject({ unit_price: 1200, promotion_id: 1 }); // no everyday price: the promotion still quotes
    expect(bestQuote([offer(1, 700, 'sold_out')], null)).toBeNull();
  });
});

describe('groupSucceedsAtExpiry', () => {
  test('should succeed full groups, and short ones from the auto-fill share (two people at least)', () => {
    expect(groupSucceedsAtExpiry(3, 3, null)).toBe(true);
    expect(groupSucceedsAtExpiry(2, 3, null)).toBe(false);
    expect(groupSucceedsAtExpiry(4, 5, 80)).toBe(true); // exactly 80%
    expect(groupSucceedsAtExpiry(3, 5, 80)).toBe(false);
    expect(groupSucceedsAtExpiry(1, 2, 50)).toBe(false); // a group of one is no group
  });
});
