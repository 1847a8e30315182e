import { describe, expect, test } from 'vitest';
import { barGeometry, positionOf } from './geometry';

const TEN_WEEKS = { startDay: '2026-11-16', endDay: '2027-01-25' }; // 70 days
const day = 1 / 70;

describe('bar geometry', () => {
  test('should place a period by the company clock (Asia/Shanghai midnight is 16:00 UTC)', () => {
    const g = barGeometry('2026-11-17T16:00:00Z', '2026-11-19T16:00:00Z', TEN_WEEKS, 'Asia/Shanghai');
    expect(g!.left).toBeCloseTo(2 * day);
    expect(g!.width).toBeCloseTo(2 * day);
    expect(g).toMatchObject({ clippedStart: false, clippedEnd: false });
  });

  test('should read the same instants differently in UTC', () => {
    const g = barGeometry('2026-11-17T16:00:00Z', '2026-11-19T16:00:00Z', TEN_WEEKS, 'UTC');
    expect(g!.left).toBeCloseTo(day + (16 / 24) * day);
    expect(positionOf('2026-11-16T00:00:00Z', TEN_WEEKS, 'UTC')).toBe(0);
    expect(positionOf('2026-11-16T00:00:00Z', TEN_WEEKS, 'Asia/Shanghai')).toBeCloseTo((8 / 24) * day);
  });

  test('should end a promotion closing exactly at a week boundary on that boundary, not in the next week', () => {
    // Ends at the first midnight of the second week (end exclusive).
    const g = barGeometry('2026-11-19T16:00:00Z', '2026-11-22T16:00:00Z', TEN_WEEKS, 'Asia/Shanghai');
    expect(g!.left + g!.width).toBeCloseTo(7 * day);
    const utc = barGeometry('2026-11-20T00:00:00Z', '2026-11-23T00:00:00Z', TEN_WEEKS, 'UTC');
    expect(utc!.left + utc!.width).toBeCloseTo(7 * day);
  });

  test('should not draw a period that ends where the range starts, or starts where it ends', () => {
    expect(barGeometry('2026-11-10T16:00:00Z', '2026-11-15T16:00:00Z', TEN_WEEKS, 'Asia/Shanghai')).toBeNull();
    expect(barGeometry('2027-01-24T16:00:00Z', '2027-01-30T16:00:00Z', TEN_WEEKS, 'Asia/Shanghai')).toBeNull();
    expect(barGeometry('2026-11-15T00:00:00Z', '2026-11-16T00:00:00Z', TEN_WEEKS, 'UTC')).toBeNull();
  });

  test('should clip a period running past either edge and say so', () => {
    const g = barGeometry('2026-11-01T00:00:00Z', '2027-03-01T00:00:00Z', TEN_WEEKS, 'UTC');
    expect(g).toEqual({ left: 0, width: 1, clippedStart: true, clippedEnd: true });
    const right = barGeometry('2027-01-20T00:00:00Z', '2027-02-20T00:00:00Z', TEN_WEEKS, 'UTC');
    expect(right).toMatchObject({ clippedStart: false, clippedEnd: true });
    expect(right!.left + right!.width).toBe(1);
  });

  test('should keep days equally wide across a clock change', () => {
    const march = { startDay: '2026-03-23', endDay: '2026-03-30' }; // Berlin springs forward on Sunday 29 March
    const sunday = barGeometry('2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', march, 'Europe/Berlin');
    expect(sunday!.left).toBeCloseTo(6 / 7);
    expect(sunday!.width).toBeCloseTo(1 / 7);
  });
});
