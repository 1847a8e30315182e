import { describe, expect, test } from 'vitest';
import { fenToYuan, formatCny, hasAtMostTwoDecimals, yuanToFen } from './money';

describe('money', () => {
  test('should convert yuan to integer fen without float drift', () => {
    expect(yuanToFen(19.99)).toBe(1999);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(2.675)).toBe(268); // half-way amounts round to the nearest fen
    expect(Number.isInteger(yuanToFen(123456.78))).toBe(true);
    expect(yuanToFen(123456.78)).toBe(12345678);
    expect(fenToYuan(1999)).toBe(19.99);
    expect(fenToYuan(yuanToFen(8.88))).toBe(8.88);
  });

  test('should allow at most two decimals', () => {
    expect(hasAtMostTwoDecimals(12)).toBe(true);
    expect(hasAtMostTwoDecimals(12.3)).toBe(true);
    expect(hasAtMostTwoDecimals(12.34)).toBe(true);
    expect(hasAtMostTwoDecimals(0.1 + 0.2)).toBe(true);
    expect(hasAtMostTwoDecimals(12.345)).toBe(false);
  });

  test('should format CNY', () => {
    expect(formatCny(1234.5)).toBe('¥1,234.50');
    expect(formatCny(null)).toBe('');
  });
});
