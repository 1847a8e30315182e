import { describe, expect, test } from 'vitest';
import { priceSteps } from './priceSeries';

const DAY = 24 * 3600 * 1000;
const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * DAY).toISOString();
const price = (id: number, value: number, from: number, to: number | null = null, status = 'approved') => ({
  id, price: value, effective_from: at(from), effective_to: to === null ? null : at(to), status,
});

describe('priceSteps', () => {
  test('should be empty without approved prices', () => {
    expect(priceSteps([price(1, 10, 0, null, 'pending')], at(5))).toEqual([]);
  });

  test('should step at each approved change and ignore pending and rejected ones', () => {
    const points = priceSteps([price(1, 12, 0), price(2, 11, 10), price(3, 5, 5, null, 'rejected'), price(4, 4, 7, null, 'pending')], at(20));
    expect(points.map((p) => p.price)).toEqual([12, 11, 11]);
    expect(points[1].t).toBe(Date.parse(at(10)));
    expect(points[2].t).toBeGreaterThan(Date.parse(at(20)));
  });

  test('should show a gap where a dated price ends without a successor', () => {
    const points = priceSteps([price(1, 12, 0, 10), price(2, 13, 15)], at(20));
    expect(points.map((p) => p.price)).toEqual([12, null, 13, 13]);
  });

  test('should include a scheduled price that starts after now', () => {
    const points = priceSteps([price(1, 12, 0), price(2, 14, 30)], at(20));
    expect(points.map((p) => p.price)).toEqual([12, 14, 14]);
  });
});
