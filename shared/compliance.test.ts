import { describe, expect, it } from 'vitest';
import {
  allowedFloor, complianceRate, evaluatePrice, gapPct, liveAt, reopensWaiver, sellerLevel, sellerMatchKey, severityOf,
  violationKey, type RuleContext, type TimedPromotion,
} from './compliance';

const policy = { control_price: 3000, promo_floor_price: 2500 };
const own = { operated_by: 'company' as const, type: 'online' as const };
const partner = { operated_by: 'partner' as const, type: 'online' as const };
const base: RuleContext = {
  channel: own, policy, live: [], approvedBelowControl: null, offlineUnitPrice: null, parityTolerance: 0.05, seller: null,
};
const observed = (price: number, units = 12) => ({ price, units_per_pack: units, origin: 'observation' as const });
const kinds = (e: { breaches: { kind: string }[] }) => e.breaches.map((b) => b.kind);

describe('price rules', () => {
  it('flags an own channel exactly one fen below control, and passes at control', () => {
    expect(evaluatePrice(observed(2999), base).breaches).toEqual([
      { kind: 'own_channel_below_control', expected: 3000, actual: 2999, gap_pct: 0.03, promotion_id: null },
    ]);
    const atControl = evaluatePrice(observed(3000), base);
    expect(atControl.breaches).toEqual([]);
    expect(atControl.passed).toEqual(['own_channel_below_control', 'below_promo_floor']);
  });

  it('checks nothing about price without a policy', () => {
    const e = evaluatePrice(observed(1), { ...base, policy: null });
    expect(e).toEqual({ breaches: [], passed: [] });
  });

  it('allows a below-control price a manager approved, down to that price', () => {
    const ctx = { ...base, approvedBelowControl: 2800 };
    expect(evaluatePrice(observed(2800), ctx).breaches).toEqual([]);
    expect(evaluatePrice(observed(2799), ctx).breaches[0]).toMatchObject({ kind: 'own_channel_below_control', expected: 2800 });
  });

  it('during a promotion holds the price to the promo floor instead', () => {
    const ctx = { ...base, live: [{ promotion_id: 7, lowest_price: 2600 }] };
    expect(evaluatePrice(observed(2500), ctx).breaches).toEqual([]);
    expect(evaluatePrice(observed(2499), ctx).breaches).toEqual([
      { kind: 'below_promo_floor', expected: 2500, actual: 2499, gap_pct: 0.04, promotion_id: 7 },
    ]);
  });

  it('takes an approved promotion below the floor as its own floor', () => {
    expect(allowedFloor({ policy, live: [{ promotion_id: 3, lowest_price: 2200 }, { promotion_id: 4, lowest_price: 2400 }], approvedBelowControl: null }))
      .toEqual({ floor: 2200, promotion_id: 3 });
    expect(evaluatePrice(observed(2200), { ...base, live: [{ promotion_id: 3, lowest_price: 2200 }] }).breaches).toEqual([]);
  });

  it('records a partner below control as intelligence, never as an own-channel breach', () => {
    const e = evaluatePrice(observed(2700), { ...base, channel: partner });
    expect(kinds(e)).toEqual(['partner_below_control']);
    expect(e.breaches[0].gap_pct).toBe(10);
    expect(evaluatePrice(observed(3000), { ...base, channel: partner }).passed).toEqual(['partner_below_control']);
  });
});

describe('parity per pack spec', () => {
  // Offline: 24-unit pack at 48.00 → 200 fen per unit; tolerance 5% → online floor 190 fen per unit.
  const ctx = { ...base, policy: null, offlineUnitPrice: 200 };

  it('compares a 12-unit online pack per unit at the exact tolerance edge', () => {
    expect(evaluatePrice(observed(2280, 12), ctx)).toEqual({ breaches: [], passed: ['parity'] }); // 190/unit: allowed
    expect(evaluatePrice(observed(2279, 12), ctx).breaches).toEqual([
      { kind: 'parity', expected: 2280, actual: 2279, gap_pct: 0.04, promotion_id: null },
    ]);
  });

  it('converts a 24-unit pack the same way', () => {
    expect(evaluatePrice(observed(4560, 24), ctx).breaches).toEqual([]);
    expect(kinds(evaluatePrice(observed(4559, 24), ctx))).toEqual(['parity']);
  });

  it('does not hold offline channels, missing offline prices or partner resale prices to parity', () => {
    expect(evaluatePrice(observed(1000), { ...ctx, channel: { ...own, type: 'offline' } }).passed).toEqual([]);
    expect(evaluatePrice(observed(1000), { ...ctx, offlineUnitPrice: null }).passed).toEqual([]);
    expect(evaluatePrice(observed(1000), { ...ctx, channel: partner }).breaches).toEqual([]);
    // The company's own listed price on a partner channel is its own decision, so parity applies.
    expect(kinds(evaluatePrice({ price: 1000, units_per_pack: 12, origin: 'in_force' }, { ...ctx, channel: partner }))).toEqual(['parity']);
  });
});

describe('sellers', () => {
  it('flags a known unauthorised store on a partner channel whatever its price', () => {
    const e = evaluatePrice(observed(5000), { ...base, channel: partner, seller: { authorized: false } });
    expect(e.breaches).toEqual([{ kind: 'unauthorized_seller', expected: null, actual: 5000, gap_pct: null, promotion_id: null }]);
  });

  it('lists unreviewed stores for review instead, and never flags stores on company channels', () => {
    expect(kinds(evaluatePrice(observed(5000), { ...base, channel: partner, seller: { authorized: null } }))).toEqual([]);
    expect(evaluatePrice(observed(5000), { ...base, channel: partner, seller: { authorized: null } }).passed).not.toContain('unauthorized_seller');
    expect(kinds(evaluatePrice(observed(5000), { ...base, seller: { authorized: false } }))).toEqual([]);
    expect(evaluatePrice(observed(5000), { ...base, channel: partner, seller: { authorized: true } }).passed).toContain('unauthorized_seller');
  });

  it('raises the level with repeat cases only', () => {
    expect([0, 1, 2, 3, 4, 9].map(sellerLevel)).toEqual([0, 1, 2, 2, 3, 3]);
  });

  it('matches a store by shop id, else by its folded name', () => {
    expect(sellerMatchKey('康 泰大药房', null)).toBe(sellerMatchKey('康泰大药房', ''));
    expect(sellerMatchKey('Any', ' JD-1001 ')).toBe('id:jd-1001');
  });
});

describe('promotion exception at its edges', () => {
  const promo: TimedPromotion = { id: 9, start_at: '2026-11-10T16:00:00.000Z', end_at: '2026-11-12T16:00:00.000Z', lowest_price: 2000 };
  const tz = 'Asia/Shanghai';

  it('is live from its start instant and no longer at its end instant', () => {
    expect(liveAt([promo], '2026-11-10T15:59:59.999Z', tz)).toEqual([]);
    expect(liveAt([promo], '2026-11-10T16:00:00.000Z', tz)).toEqual([{ promotion_id: 9, lowest_price: 2000 }]);
    expect(liveAt([promo], '2026-11-12T15:59:59.999Z', tz)).toHaveLength(1);
    expect(liveAt([promo], '2026-11-12T16:00:00.000Z', tz)).toEqual([]);
  });

  it('turns the same price from allowed to a breach when the promotion ends', () => {
    const at = (instant: string) => evaluatePrice(observed(2000), { ...base, live: liveAt([promo], instant, tz) });
    expect(at('2026-11-12T15:59:59.999Z').breaches).toEqual([]);
    expect(kinds(at('2026-11-12T16:00:00.000Z'))).toEqual(['own_channel_below_control']);
  });

  it('honours a flash sale slot in the company zone', () => {
    const slotted = { ...promo, slots: [{ start: '10:00', end: '12:00' }] };
    expect(liveAt([slotted], '2026-11-11T02:00:00.000Z', tz)).toHaveLength(1); // 10:00 in Shanghai
    expect(liveAt([slotted], '2026-11-11T04:00:00.000Z', tz)).toEqual([]); // 12:00
  });
});

describe('severity, gaps and keys', () => {
  it('bands severity by gap at the exact edges', () => {
    expect(severityOf(4.99)).toBe('low');
    expect(severityOf(5)).toBe('medium');
    expect(severityOf(14.99)).toBe('medium');
    expect(severityOf(15)).toBe('high');
    expect(severityOf(null)).toBe('high');
    expect(severityOf(8, { severity_low_below_pct: 10, severity_medium_below_pct: 20 })).toBe('low');
  });

  it('computes the gap in percent to two decimals', () => {
    expect(gapPct(300, 280)).toBe(6.67);
    expect(gapPct(3000, 3000)).toBe(0);
  });

  it('keys one slot per kind, SKU, channel and seller', () => {
    expect(violationKey('parity', 1, 2, null)).toBe('parity:1:2:0');
    expect(violationKey('unauthorized_seller', 1, 2, 5)).toBe('unauthorized_seller:1:2:5');
  });

  it('reopens a waiver only for a lower price', () => {
    expect(reopensWaiver(2800, 2800)).toBe(false);
    expect(reopensWaiver(2800, 2799)).toBe(true);
    expect(reopensWaiver(null, 1)).toBe(false);
  });

  it('rates compliance in percent', () => {
    expect(complianceRate(2, 3)).toBe(66.7);
    expect(complianceRate(0, 0)).toBeNull();
  });
});
