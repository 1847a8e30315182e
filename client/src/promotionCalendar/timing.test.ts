import { describe, expect, test } from 'vitest';
import { formatPeriod, relativeParts, relativeText, stockOf } from './timing';

describe('promotion timing', () => {
  test('should show whole days as days, the closing midnight excluded', () => {
    expect(formatPeriod('2026-11-10T16:00:00Z', '2026-11-13T16:00:00Z', 'Asia/Shanghai', 'zh-CN')).toBe('2026年11月11日 – 11月13日');
    expect(formatPeriod('2026-11-10T16:00:00Z', '2026-11-13T16:00:00Z', 'Asia/Shanghai', 'en-US')).toBe('Nov 11 – Nov 13, 2026');
    expect(formatPeriod('2026-11-10T16:00:00Z', '2026-11-11T16:00:00Z', 'Asia/Shanghai', 'zh-CN')).toBe('2026年11月11日');
    expect(formatPeriod('2026-12-30T16:00:00Z', '2027-01-03T16:00:00Z', 'Asia/Shanghai', 'zh-CN')).toBe('2026年12月31日 – 2027年1月3日');
    expect(formatPeriod('2026-11-10T16:00:00Z', '2026-11-13T16:00:00Z', 'Asia/Shanghai', 'en-US', { year: false })).toBe('Nov 11 – Nov 13');
    expect(formatPeriod('2026-11-11T02:00:00Z', '2026-11-11T04:00:00Z', 'Asia/Shanghai', 'zh-CN', { year: false })).toBe('11月11日 10:00 – 12:00');
  });

  test('should show times when a period does not run from midnight to midnight, on the company clock', () => {
    expect(formatPeriod('2026-11-11T02:00:00Z', '2026-11-11T04:00:00Z', 'Asia/Shanghai', 'zh-CN')).toBe('2026年11月11日 10:00 – 12:00');
    expect(formatPeriod('2026-11-11T02:00:00Z', '2026-11-13T04:00:00Z', 'UTC', 'en-US')).toBe('Nov 11, 2026, 02:00 – Nov 13, 04:00');
    // Midnight in Shanghai is not midnight in UTC.
    expect(formatPeriod('2026-11-10T16:00:00Z', '2026-11-11T16:00:00Z', 'UTC', 'en-US')).toBe('Nov 10, 2026, 16:00 – Nov 11, 16:00');
  });

  test('should say how far away a moment is in minutes, hours or days', () => {
    const now = Date.parse('2026-11-11T00:00:00Z');
    expect(relativeParts(now + 20 * 60_000, now)).toEqual({ value: 20, unit: 'minute' });
    expect(relativeParts(now + 10_000, now)).toEqual({ value: 1, unit: 'minute' });
    expect(relativeParts(now + 5 * 3_600_000, now)).toEqual({ value: 5, unit: 'hour' });
    expect(relativeParts(now + 47 * 3_600_000, now)).toEqual({ value: 47, unit: 'hour' });
    expect(relativeParts(now + 3.4 * 86_400_000, now)).toEqual({ value: 3, unit: 'day' });
    expect(relativeParts(now - 2 * 3_600_000, now)).toEqual({ value: -2, unit: 'hour' });
    expect(relativeText(now + 3 * 86_400_000, now, 'zh-CN')).toBe('3天后');
    expect(relativeText(now + 3 * 86_400_000, now, 'en-US')).toBe('in 3 days');
  });

  test('should sum sold units against the stock limits, only over limited items', () => {
    const item = (stock_limit: number | null, sold: number) => ({ sku_id: 1, promo_price: 1, discount_pct: null, stock_limit, sold });
    expect(stockOf([item(100, 30), item(50, 50), item(null, 999)])).toEqual({ sold: 80, limit: 150 });
    expect(stockOf([item(null, 3)])).toBeNull();
  });
});
