import { describe, expect, test } from 'vitest';
import { approvalDecision, isParityBreach, priceInForce, scheduledPrices, scopeAllows, unitPrice, type DatedPrice } from './pricing';
import { yuanToFen } from './money';

const row = (id: number, price: number, from: string, to: string | null = null, status = 'approved'): DatedPrice => ({
  id, price, effective_from: from, effective_to: to, status,
});

describe('price in force (as-of)', () => {
  const history = [
    row(1, 1000, '2026-01-01T00:00:00.000Z'),
    row(2, 1100, '2026-06-01T00:00:00.000Z'),
    row(3, 900, '2026-07-01T00:00:00.000Z', '2026-07-15T00:00:00.000Z'),
    row(4, 800, '2026-08-01T00:00:00.000Z', null, 'pending'),
    row(5, 1200, '2027-01-01T00:00:00.000Z'),
  ];

  test('should include the start instant and exclude the end instant', () => {
    expect(priceInForce(history, '2026-05-31T23:59:59.999Z')?.id).toBe(1);
    expect(priceInForce(history, '2026-06-01T00:00:00.000Z')?.id).toBe(2);
    expect(priceInForce(history, '2026-07-01T00:00:00.000Z')?.id).toBe(3);
    expect(priceInForce(history, '2026-07-14T23:59:59.999Z')?.id).toBe(3);
    expect(priceInForce(history, '2026-07-15T00:00:00.000Z')?.id).toBe(2);
  });

  test('should ignore pending rows and have nothing before the first price', () => {
    expect(priceInForce(history, '2026-08-02T00:00:00.000Z')?.id).toBe(2);
    expect(priceInForce(history, '2025-12-31T23:59:59.999Z')).toBeUndefined();
  });

  test('should let a future approved price wait, then take over', () => {
    expect(priceInForce(history, '2026-12-31T23:59:59.999Z')?.id).toBe(2);
    expect(scheduledPrices(history, '2026-12-01T00:00:00.000Z').map((p) => p.id)).toEqual([5]);
    expect(priceInForce(history, '2027-01-01T00:00:00.000Z')?.id).toBe(5);
    expect(scheduledPrices(history, '2027-01-01T00:00:00.000Z')).toEqual([]);
  });

  test('should prefer the later row when two start at the same instant', () => {
    expect(priceInForce([row(7, 1, '2026-01-01T00:00:00.000Z'), row(9, 2, '2026-01-01T00:00:00.000Z')], '2026-02-01T00:00:00.000Z')?.id).toBe(9);
  });
});

describe('per-unit parity', () => {
  test('should compare per-unit prices across pack sizes', () => {
    // 12 tablets online for ¥9.90 vs 24 offline for ¥18.50
    const online = unitPrice(yuanToFen(9.9), 12);
    const offline = unitPrice(yuanToFen(18.5), 24);
    expect(online).toBeCloseTo(82.5);
    expect(offline).toBeCloseTo(77.0833, 3);
    expect(isParityBreach({ online, offline, tolerance: 0.05 })).toBe(false);
  });

  test('should allow exactly the tolerance and flag anything below it', () => {
    expect(isParityBreach({ online: 95, offline: 100, tolerance: 0.05 })).toBe(false);
    expect(isParityBreach({ online: 94.99, offline: 100, tolerance: 0.05 })).toBe(true);
    expect(isParityBreach({ online: unitPrice(1710, 18), offline: unitPrice(2400, 24), tolerance: 0.05 })).toBe(false); // 95 vs 100 via division
    expect(isParityBreach({ online: 100, offline: 100, tolerance: 0 })).toBe(false);
    expect(isParityBreach({ online: 99.99, offline: 100, tolerance: 0 })).toBe(true);
  });

  test('should not flag a product sold on one side only', () => {
    expect(isParityBreach({ online: 1, offline: null, tolerance: 0.05 })).toBe(false);
    expect(isParityBreach({ online: null, offline: 1, tolerance: 0.05 })).toBe(false);
  });
});

describe('approval decision', () => {
  const base = { controlPrice: 1000, threshold: 0.2 };

  test('should auto-approve a first price at or above control', () => {
    expect(approvalDecision({ ...base, price: 1000, currentPrice: null })).toEqual({ autoApprove: true, reason: 'first_price' });
    expect(approvalDecision({ ...base, price: 5000, currentPrice: null }).autoApprove).toBe(true);
  });

  test('should need a manager below control, for large changes and without a policy', () => {
    expect(approvalDecision({ ...base, price: 999, currentPrice: null }).reason).toBe('below_control');
    expect(approvalDecision({ ...base, price: 1200, currentPrice: 1000 }).reason).toBe('large_change'); // exactly 20%
    expect(approvalDecision({ ...base, price: 1199, currentPrice: 1000 }).autoApprove).toBe(true);
    expect(approvalDecision({ ...base, price: 1000, currentPrice: 1300 }).reason).toBe('large_change');
    expect(approvalDecision({ price: 1000, controlPrice: null, currentPrice: null, threshold: 0.2 }).reason).toBe('no_policy');
  });

  test('should round yuan to fen before comparing', () => {
    expect(approvalDecision({ ...base, price: yuanToFen(9.995), currentPrice: null }).autoApprove).toBe(true);
    expect(yuanToFen(9.995)).toBe(1000);
  });
});

describe('channel scope', () => {
  test('should keep offline-only packs off online channels', () => {
    expect(scopeAllows('offline', 'online')).toBe(false);
    expect(scopeAllows('offline', 'offline')).toBe(true);
    expect(scopeAllows('all', 'online')).toBe(true);
    expect(scopeAllows('online', 'offline')).toBe(false);
  });
});

describe('price history in any order', () => {
  test('should find the price in force whatever order the rows come in', () => {
    const rows = [
      row(30, 1300, '2026-03-01T00:00:00.000Z'),
      row(10, 1100, '2026-01-01T00:00:00.000Z'),
      row(21, 1220, '2026-02-01T00:00:00.000Z'),
      row(20, 1200, '2026-02-01T00:00:00.000Z'),
      row(40, 1400, '2026-04-01T00:00:00.000Z', null, 'rejected'),
    ];
    for (const order of [rows, [...rows].reverse()]) {
      expect(priceInForce(order, '2026-01-15T00:00:00.000Z')?.id).toBe(10);
      expect(priceInForce(order, '2026-02-15T00:00:00.000Z')?.id).toBe(21); // same start: the later id
      expect(priceInForce(order, '2026-05-01T00:00:00.000Z')?.id).toBe(30);
    }
  });

  test('should list only approved future prices, earliest first, then by id', () => {
    const rows = [
      row(5, 1500, '2026-09-01T00:00:00.000Z'),
      row(4, 1400, '2026-08-01T00:00:00.000Z', null, 'pending'),
      row(3, 1300, '2026-07-01T00:00:00.000Z'),
      row(7, 1700, '2026-07-01T00:00:00.000Z'),
      row(2, 1200, '2026-06-01T00:00:00.000Z'),
      row(1, 1100, '2026-05-01T00:00:00.000Z'),
    ];
    expect(scheduledPrices(rows, '2026-06-01T00:00:00.000Z').map((p) => p.id)).toEqual([3, 7, 5]);
    expect(scheduledPrices([...rows].reverse(), '2026-06-01T00:00:00.000Z').map((p) => p.id)).toEqual([3, 7, 5]);
  });
});

describe('parity on large prices', () => {
  test('should absorb floating-point noise in proportion to the price', () => {
    expect(isParityBreach({ online: 999_999.9999999, offline: 1_000_000, tolerance: 0 })).toBe(false);
    expect(isParityBreach({ online: 999_999.99, offline: 1_000_000, tolerance: 0 })).toBe(true);
  });
});

describe('approval reasons', () => {
  test('should say exactly why a price waits or passes', () => {
    const base = { controlPrice: 1000, threshold: 0.2 };
    expect(approvalDecision({ ...base, controlPrice: null, price: 1000, currentPrice: null })).toEqual({ autoApprove: false, reason: 'no_policy' });
    expect(approvalDecision({ ...base, price: 999, currentPrice: 999 })).toEqual({ autoApprove: false, reason: 'below_control' });
    expect(approvalDecision({ ...base, price: 1100, currentPrice: 1000 })).toEqual({ autoApprove: true, reason: 'small_change' });
    expect(approvalDecision({ ...base, price: 1300, currentPrice: 1000 })).toEqual({ autoApprove: false, reason: 'large_change' });
  });
});
