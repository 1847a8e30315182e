import { describe, expect, test } from 'vitest';
import { averageLines, chartRows, duringSpan, hasSales } from './series';
import type { LiftDay } from './types';

const day = (d: string, period: LiftDay['period'], amount: number, qty = 1): LiftDay => ({ day: d, period, amount, qty });

describe('lift series', () => {
  test('should put each day\'s amount under its period, in day order', () => {
    const rows = chartRows([day('2026-11-11', 'during', 6327.61, 596), day('2026-11-09', 'before', 120), day('2026-11-10', 'before', 253.66, 17)]);
    expect(rows).toEqual([
      { day: '2026-11-09', before: 120, during: null, qty: 1 },
      { day: '2026-11-10', before: 253.66, during: null, qty: 17 },
      { day: '2026-11-11', before: null, during: 6327.61, qty: 596 },
    ]);
  });

  test('should keep a day without sales as a zero bar, not a gap', () => {
    expect(chartRows([day('2026-10-03', 'before', 0, 0)])[0]).toEqual({ day: '2026-10-03', before: 0, during: null, qty: 0 });
  });

  test('should span the promotion\'s days, one day included', () => {
    expect(duringSpan([day('2026-11-10', 'before', 1), day('2026-11-11', 'during', 2)])).toEqual({ from: '2026-11-11', to: '2026-11-11' });
    expect(duringSpan([day('2026-11-13', 'during', 1), day('2026-11-12', 'during', 1), day('2026-11-14', 'during', 0)])).toEqual({ from: '2026-11-12', to: '2026-11-14' });
  });

  test('should have no span before the promotion starts', () => {
    expect(duringSpan([])).toBeNull();
    expect(duringSpan([day('2026-11-10', 'before', 1)])).toBeNull();
  });

  test('should tell an empty series from one with sales (a return counts)', () => {
    expect(hasSales([])).toBe(false);
    expect(hasSales([day('2026-11-10', 'before', 0, 0), day('2026-11-11', 'during', 0, 0)])).toBe(false);
    expect(hasSales([day('2026-11-10', 'before', -12.5, -1)])).toBe(true);
  });
});

describe('average lines', () => {
  test('should draw both averages once known', () => {
    expect(averageLines(127.77, 6327.61)).toEqual([{ period: 'before', amount: 127.77 }, { period: 'during', amount: 6327.61 }]);
  });

  test('should draw a zero average (no sales before) but nothing for an unknown one', () => {
    expect(averageLines(0, null)).toEqual([{ period: 'before', amount: 0 }]);
    expect(averageLines(null, null)).toEqual([]);
  });
});
