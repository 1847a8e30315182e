import { describe, expect, test } from 'vitest';
import { effectiveEnds, lowersPolicy, ownDecision, policyChangeWaits, startOnApproval } from './price-truth';

const NOW = '2030-01-10T02:00:00.000Z';

describe('startOnApproval', () => {
  test('should keep a start that is still ahead', () => {
    expect(startOnApproval('2030-01-11T00:00:00.000Z', null, NOW)).toEqual({ from: '2030-01-11T00:00:00.000Z', moved: false });
  });
  test('should move a start that passed to the approval', () => {
    expect(startOnApproval('2030-01-09T00:00:00.000Z', '2030-02-01T00:00:00.000Z', NOW)).toEqual({ from: NOW, moved: true });
  });
  test('should refuse when the whole period passed', () => {
    expect(startOnApproval('2030-01-01T00:00:00.000Z', '2030-01-05T00:00:00.000Z', NOW)).toBeNull();
    expect(startOnApproval('2030-01-01T00:00:00.000Z', NOW, NOW)).toBeNull();
  });
});

describe('effectiveEnds', () => {
  const p = (id: number, from: string, to: string | null = null, status = 'approved') => ({ id, price: 100, effective_from: from, effective_to: to, status });
  test('should end a price where the next approved one starts', () => {
    const ends = effectiveEnds([p(1, '2030-01-01'), p(2, '2030-02-01'), p(3, '2030-03-01', null, 'rejected'), p(4, '2030-01-15', null, 'pending')]);
    expect(ends.get(1)).toBe('2030-02-01');
    expect(ends.get(2)).toBeNull();
    expect(ends.get(3)).toBeNull();
    expect(ends.get(4)).toBeNull();
  });
  test('should let a temporary price or a past correction interrupt a price, not end it', () => {
    const ends = effectiveEnds([p(1, '2030-01-01'), p(2, '2030-01-10', '2030-01-20'), p(3, '2030-03-01')]);
    expect(ends.get(1)).toBe('2030-03-01');
    expect(ends.get(2)).toBe('2030-01-20');
    expect(effectiveEnds([p(1, '2030-01-01', '2030-02-01'), p(2, '2030-01-10', '2030-03-01')]).get(1)).toBe('2030-01-10');
  });
  test('should keep an earlier own end and let a same-start later row replace at once', () => {
    const ends = effectiveEnds([p(1, '2030-01-01', '2030-01-10'), p(2, '2030-02-01'), p(3, '2030-02-01')]);
    expect(ends.get(1)).toBe('2030-01-10');
    expect(ends.get(2)).toBe('2030-02-01');
    expect(ends.get(3)).toBeNull();
  });
});

describe('policy changes', () => {
  const before = { control_price: 1000, promo_floor_price: 800 };
  test('should see a lowering of either value', () => {
    expect(lowersPolicy(before, { control_price: 999, promo_floor_price: 800 })).toBe(true);
    expect(lowersPolicy(before, { control_price: 1200, promo_floor_price: 700 })).toBe(true);
    expect(lowersPolicy(before, { control_price: 1000, promo_floor_price: 900 })).toBe(false);
  });
  test('should hold a lowering by sales, never by an admin', () => {
    expect(policyChangeWaits('sales', before, { control_price: 1, promo_floor_price: 1 })).toBe(true);
    expect(policyChangeWaits('admin', before, { control_price: 1, promo_floor_price: 1 })).toBe(false);
    expect(policyChangeWaits('sales', before, { control_price: 2000, promo_floor_price: 900 })).toBe(false);
  });
});

describe('ownDecision', () => {
  test('should let others decide and refuse the author unless the company allows it', () => {
    expect(ownDecision({ authorId: 1, deciderId: 2, requireSecondApprover: true })).toBe('other');
    expect(ownDecision({ authorId: 1, deciderId: 1, requireSecondApprover: true })).toBe('refused');
    expect(ownDecision({ authorId: 1, deciderId: 1, requireSecondApprover: false })).toBe('self');
    expect(ownDecision({ authorId: 1, deciderId: 1, requireSecondApprover: false, correction: true })).toBe('refused');
  });
});
