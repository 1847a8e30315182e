import { describe, expect, test } from 'vitest';
import {
  badTier, conflicts, discountedPrice, isBelowFloor, isLiveAt, isWarmingUp, lowestCharged, nextOpening, overlappingSlot,
  promotionState, raisedBeforeStart, referencePrice, rxGuardRefuses, tierPrice,
} from './promotions';
import { PromotionInput } from './promotion-schemas';
import type { DatedPrice } from './pricing';

const SH = 'Asia/Shanghai';
// Shanghai is UTC+8: 10:00 there is 02:00Z.
const flash = { start_at: '2026-11-10T16:00:00.000Z', end_at: '2026-11-12T16:00:00.000Z', slots: [{ start: '10:00', end: '12:00' }, { start: '20:00', end: '24:00' }] };

describe('isLiveAt', () => {
  test('should open a slot at its first minute and close it at its end, on the Shanghai clock', () => {
    expect(isLiveAt(flash, '2026-11-11T01:59:59.999Z', SH)).toBe(false);
    expect(isLiveAt(flash, '2026-11-11T02:00:00.000Z', SH)).toBe(true);
    expect(isLiveAt(flash, '2026-11-11T03:59:59.999Z', SH)).toBe(true);
    expect(isLiveAt(flash, '2026-11-11T04:00:00.000Z', SH)).toBe(false);
    // 20:00–24:00 runs to midnight Shanghai time, which is 16:00Z.
    expect(isLiveAt(flash, '2026-11-11T15:59:59.000Z', SH)).toBe(true);
    expect(isLiveAt(flash, '2026-11-11T16:00:00.000Z', SH)).toBe(false);
  });

  test('should stay shut outside the promotion dates even inside a slot', () => {
    expect(isLiveAt(flash, '2026-11-10T02:30:00.000Z', SH)).toBe(false); // 10:30 on the 10th, before the start
    expect(isLiveAt(flash, '2026-11-13T02:30:00.000Z', SH)).toBe(false); // after the end
    // The same instant is another wall-clock time elsewhere: 02:30Z is 10:30 in Shanghai, 02:30 in UTC.
    expect(isLiveAt(flash, '2026-11-11T02:30:00.000Z', 'UTC')).toBe(false);
  });

  test('should follow a weekly window on its weekdays only', () => {
    // 2026-11-16 is a Monday.
    const weekly = { start_at: '2026-11-01T00:00:00Z', end_at: '2026-12-01T00:00:00Z', recurrence: { every: 'weekly' as const, weekdays: [1, 3], start: '09:00', end: '18:00' } };
    expect(isLiveAt(weekly, '2026-11-16T01:00:00Z', SH)).toBe(true); // Monday 09:00
    expect(isLiveAt(weekly, '2026-11-16T00:59:59Z', SH)).toBe(false); // Monday 08:59:59
    expect(isLiveAt(weekly, '2026-11-17T01:00:00Z', SH)).toBe(false); // Tuesday
    expect(isLiveAt(weekly, '2026-11-18T09:59:59Z', SH)).toBe(true); // Wednesday 17:59:59
    expect(isLiveAt(weekly, '2026-11-18T10:00:00Z', SH)).toBe(false); // Wednesday 18:00
    // Sunday 23:30 Shanghai is Sunday 15:30Z: weekday comes from the Shanghai date, not UTC's.
    const sunday = { ...weekly, recurrence: { every: 'weekly' as const, weekdays: [7], start: '23:00', end: '24:00' } };
    expect(isLiveAt(sunday, '2026-11-15T15:30:00Z', SH)).toBe(true);
    expect(isLiveAt(sunday, '2026-11-16T15:30:00Z', SH)).toBe(false);
  });
});

describe('promotionState', () => {
  const p = { status: 'approved', start_at: '2026-11-11T00:00:00.000Z', end_at: '2026-11-12T00:00:00.000Z' };
  test('should derive scheduled, running and ended at the exact instants', () => {
    expect(promotionState(p, '2026-11-10T23:59:59.999Z')).toBe('scheduled');
    expect(promotionState(p, '2026-11-11T00:00:00.000Z')).toBe('running');
    expect(promotionState(p, '2026-11-11T23:59:59.999Z')).toBe('running');
    expect(promotionState(p, '2026-11-12T00:00:00.000Z')).toBe('ended');
  });
  test('should keep every other status as stored', () => {
    for (const status of ['draft', 'pending', 'rejected', 'cancelled']) expect(promotionState({ ...p, status }, '2026-11-11T12:00:00Z')).toBe(status);
  });
});

describe('nextOpening and warm-up', () => {
  test('should find the next slot start, the next day when today\'s slots are over', () => {
    expect(nextOpening(flash, '2026-11-09T00:00:00.000Z', SH)).toBe('2026-11-11T02:00:00.000Z'); // first slot of the first day
    expect(nextOpening(flash, '2026-11-11T05:00:00.000Z', SH)).toBe('2026-11-11T12:00:00.000Z'); // the 20:00 slot
    expect(nextOpening(flash, '2026-11-11T16:30:00.000Z', SH)).toBe('2026-11-12T02:00:00.000Z');
    expect(nextOpening(flash, '2026-11-12T16:00:00.000Z', SH)).toBeNull();
    expect(nextOpening({ start_at: '2026-11-11T00:00:00Z', end_at: '2026-11-12T00:00:00Z' }, '2026-11-10T00:00:00Z', SH)).toBe('2026-11-11T00:00:00.000Z');
  });
  test('should warm up exactly warmup_hours before opening, and not while live', () => {
    const p = { ...flash, warmup_hours: 2 };
    expect(isWarmingUp(p, '2026-11-10T23:59:59.999Z', SH)).toBe(false); // 2 h 0.001 s before 10:00
    expect(isWarmingUp(p, '2026-11-11T00:00:00.000Z', SH)).toBe(true);
    expect(isWarmingUp(p, '2026-11-11T02:00:00.000Z', SH)).toBe(false); // live
    expect(isWarmingUp({ ...flash, warmup_hours: null }, '2026-11-11T01:00:00.000Z', SH)).toBe(false);
  });
});

describe('prices', () => {
  test('should round a percentage off half-up to the fen or the jiao, never to nothing', () => {
    expect(discountedPrice(1999, 15)).toBe(1699); // 16.9915 → 16.99
    expect(discountedPrice(1999, 15, 'jiao')).toBe(1700); // → 17.0
    expect(discountedPrice(1005, 50)).toBe(503); // 5.025 → 5.03
    expect(discountedPrice(1005, 50, 'jiao')).toBe(500);
    expect(discountedPrice(1, 99)).toBe(1);
  });
  test('should pick the highest tier reached and find badly ordered tiers', () => {
    const tiers = [{ min_qty: 10, unit_price: 900 }, { min_qty: 50, unit_price: 850 }, { min_qty: 100, unit_price: 800 }];
    expect(tierPrice(tiers, 9)).toBeNull();
    expect(tierPrice(tiers, 10)).toBe(900);
    expect(tierPrice(tiers, 99)).toBe(850);
    expect(tierPrice(tiers, 100)).toBe(800);
    expect(badTier(tiers)).toBe(-1);
    expect(badTier([{ min_qty: 10, unit_price: 900 }, { min_qty: 10, unit_price: 800 }])).toBe(1);
    expect(badTier([{ min_qty: 10, unit_price: 900 }, { min_qty: 20, unit_price: 900 }])).toBe(1);
  });
  test('should compare the lowest price an item charges with the floor', () => {
    const item = { promo_price: 1000, discount_pct: null, leader_price: 900, tiers: null };
    expect(lowestCharged(item, 2000)).toBe(900);
    expect(lowestCharged({ promo_price: null, discount_pct: 30, leader_price: null, tiers: null }, 2000)).toBe(1400);
    expect(lowestCharged({ promo_price: null, discount_pct: 30, leader_price: null, tiers: null }, null)).toBeNull();
    expect(isBelowFloor(900, 900)).toBe(false);
    expect(isBelowFloor(899, 900)).toBe(true);
    expect(isBelowFloor(1, null)).toBe(false);
  });
  test('should refuse Rx on consumer channels only', () => {
    expect(rxGuardRefuses('rx', 'b2c')).toBe(true);
    expect(rxGuardRefuses('rx', 'b2b')).toBe(false);
    expect(rxGuardRefuses('otc_a', 'b2c')).toBe(false);
  });
});

describe('conflicts', () => {
  const a = { id: 1, start_at: '2026-11-01T00:00:00Z', end_at: '2026-11-10T00:00:00Z', stackable: false, channel_ids: [1, 2], sku_ids: [10, 11] };
  test('should conflict on a shared SKU and channel in overlapping periods unless both stack', () => {
    expect(conflicts(a, { ...a, id: 2, channel_ids: [2], sku_ids: [11] })).toBe(true);
    expect(conflicts(a, { ...a, id: 2, stackable: true })).toBe(true);
    expect(conflicts({ ...a, stackable: true }, { ...a, id: 2, stackable: true })).toBe(false);
    expect(conflicts(a, { ...a, id: 2, channel_ids: [3] })).toBe(false);
    expect(conflicts(a, { ...a, id: 2, sku_ids: [12] })).toBe(false);
    // Periods are half-open: one ending as the other starts do not overlap.
    expect(conflicts(a, { ...a, id: 2, start_at: '2026-11-10T00:00:00Z', end_at: '2026-11-20T00:00:00Z' })).toBe(false);
    expect(conflicts(a, { ...a, id: 2, start_at: '2026-11-09T23:59:59Z', end_at: '2026-11-20T00:00:00Z' })).toBe(true);
    expect(conflicts(a, a)).toBe(false);
  });
});

describe('the 7-day reference price (明码标价和禁止价格欺诈规定)', () => {
  const price = (id: number, p: number, from: string, to: string | null = null): DatedPrice => ({ id, price: p, effective_from: from, effective_to: to, status: 'approved' });
  const start = '2026-11-11T00:00:00.000Z';
  test('should take the lowest price in force during the 7 days before the start', () => {
    expect(referencePrice([price(1, 2000, '2026-01-01T00:00:00Z')], start)).toBe(2000);
    // 1,800 held until 3 days before; then 2,000: the reference is 1,800 and the raise is refused.
    const raised = [price(1, 1800, '2026-01-01T00:00:00Z'), price(2, 2000, '2026-11-08T00:00:00Z')];
    expect(referencePrice(raised, start)).toBe(1800);
    expect(raisedBeforeStart(raised, start)).toBe(true);
    // A price that ended more than 7 days before does not count; a cut is not a raise.
    const cut = [price(1, 1500, '2026-01-01T00:00:00Z', '2026-11-03T00:00:00Z'), price(2, 2200, '2026-11-03T00:00:00Z'), price(3, 2000, '2026-11-09T00:00:00Z')];
    expect(referencePrice(cut, start)).toBe(2000);
    expect(raisedBeforeStart(cut, start)).toBe(false);
    expect(referencePrice([], start)).toBeNull();
  });
  test('should count a raise exactly 7 days before, not one a moment earlier', () => {
    const atEdge = [price(1, 1800, '2026-01-01T00:00:00Z'), price(2, 2000, '2026-11-04T00:00:00.000Z')];
    expect(raisedBeforeStart(atEdge, start)).toBe(false); // the raise is the price in force at the window's start
    const inside = [price(1, 1800, '2026-01-01T00:00:00Z'), price(2, 2000, '2026-11-04T00:00:00.001Z')];
    expect(raisedBeforeStart(inside, start)).toBe(true);
    // A temporary price that ends (back up to the base) inside the window is a raise too.
    const temporary = [price(1, 2000, '2026-01-01T00:00:00Z'), price(2, 1500, '2026-10-01T00:00:00Z', '2026-11-06T00:00:00Z')];
    expect(raisedBeforeStart(temporary, start)).toBe(true);
    expect(referencePrice(temporary, start)).toBe(1500);
  });
  test('should ignore prices that were never approved', () => {
    expect(referencePrice([price(1, 2000, '2026-01-01T00:00:00Z'), { ...price(2, 100, '2026-11-08T00:00:00Z'), status: 'pending' }], start)).toBe(2000);
  });
});

describe('PromotionInput', () => {
  const base = { name: '双11 秒杀', type: 'flash_sale', channel_ids: [1], start_at: '2026-11-11T00:00:00+08:00', end_at: '2026-11-12T00:00:00+08:00' };
  const errors = (input: unknown) => {
    const result = PromotionInput.safeParse(input);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
  };
  test('should accept a well-formed flash sale with slots and a warm-up', () => {
    const parsed = PromotionInput.parse({ ...base, slots: [{ start: '10:00', end: '12:00' }, { start: '12:00', end: '24:00' }], warmup_hours: 24, items: [{ sku_id: 5, promo_price: 9.9, stock_limit: 100, per_customer_limit: 2 }] });
    expect(parsed.start_at).toBe('2026-11-10T16:00:00.000Z');
    expect(parsed.items[0]).toMatchObject({ promo_price: 9.9, stock_limit: 100, per_customer_limit: 2, discount_pct: null, tiers: null });
    expect(parsed.stackable).toBe(false);
  });
  test('should name every rule a promotion breaks, per field', () => {
    expect(errors({ ...base, end_at: base.start_at, items: [{ sku_id: 5, promo_price: 9.9 }] })).toEqual({
      end_at: 'rx.validation.end_before_start', 'items.0.stock_limit': 'rx.validation.stock_limit_required',
    });
    expect(errors({ ...base, slots: [{ start: '10:00', end: '12:00' }, { start: '11:00', end: '13:00' }, { start: '14:00', end: '13:00' }], items: [{ sku_id: 5, promo_price: 9.9, stock_limit: 1 }] })).toEqual({
      'slots.2.end': 'rx.validation.window_inside_day', 'slots.1.start': 'rx.validation.slot_overlap',
    });
    expect(errors({ ...base, type: 'limited_discount', items: [{ sku_id: 5, promo_price: 9.9, discount_pct: 20 }, { sku_id: 5, discount_pct: 100 }] })).toEqual({
      'items.0.promo_price': 'rx.validation.price_or_discount', 'items.1.discount_pct': 'rx.validation.discount_pct', 'items.1.sku_id': 'rx.validation.duplicate_sku',
    });
    expect(errors({ ...base, type: 'volume_tier', items: [{ sku_id: 5, promo_price: 1, tiers: [{ min_qty: 10, unit_price: 9 }, { min_qty: 20, unit_price: 9.5 }] }] })).toEqual({
      'items.0.promo_price': 'rx.validation.not_for_type', 'items.0.tiers.1': 'rx.validation.tiers_order',
    });
    expect(errors({ ...base, type: 'group_buy', slots: [{ start: '10:00', end: '11:00' }], items: [{ sku_id: 5, promo_price: 10, leader_price: 11, group_size: 1, per_order_limit: 3, per_customer_limit: 2 }] })).toEqual({
      slots: 'rx.validation.not_for_type', 'items.0.group_size': 'rx.validation.group_size', 'items.0.group_window_hours': 'rx.validation.group_window_hours',
      'items.0.leader_price': 'rx.validation.leader_above_promo', 'items.0.per_order_limit': 'rx.validation.per_order_above_customer',
    });
    expect(errors({ ...base, type: 'limited_discount', recurrence: { every: 'weekly', start: '09:00', end: '08:00' }, items: [{ sku_id: 5, discount_pct: 10 }] })).toEqual({
      'recurrence.end': 'rx.validation.window_inside_day', 'recurrence.weekdays': 'rx.validation.weekdays_required',
    });
    expect(errors({ ...base, channel_ids: [], items: [] })).toMatchObject({ channel_ids: 'rx.validation.channels_required', items: 'rx.validation.items_required' });
  });
});

describe('overlappingSlot', () => {
  test('should allow touching slots and find overlapping ones in any order', () => {
    expect(overlappingSlot([{ start: '12:00', end: '14:00' }, { start: '10:00', end: '12:00' }])).toBe(-1);
    expect(overlappingSlot([{ start: '12:00', end: '14:00' }, { start: '10:00', end: '12:01' }])).toBe(1);
  });
});
