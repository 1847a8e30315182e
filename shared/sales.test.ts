import { describe, expect, test } from 'vitest';
import { isCounted, isoWeek, lineAmountFen, maskConsumerName, monthOf, netAmountFen, salesDay } from './sales';

describe('sales rules', () => {
  test('should mask a consumer\'s name to its first character', () => {
    expect(maskConsumerName('张三')).toBe('张*');
    expect(maskConsumerName('欧阳娜娜')).toBe('欧*');
    expect(maskConsumerName(' Li Lei ')).toBe('L*');
    expect(maskConsumerName('𠮷野家')).toBe('𠮷*'); // a character outside the BMP is one character
    expect(maskConsumerName('  ')).toBeNull();
    expect(maskConsumerName(null)).toBeNull();
  });

  test('should count paid, shipped and completed orders only', () => {
    expect(['paid', 'shipped', 'completed', 'cancelled', 'refunded'].map(isCounted)).toEqual([true, true, true, false, false]);
  });

  test('should default a line amount to qty × unit price and take the commission off for net', () => {
    expect(lineAmountFen(3, 1990)).toBe(5970);
    expect(lineAmountFen(3, 1990, 5000)).toBe(5000);
    expect(lineAmountFen(1, 1990, -1990)).toBe(-1990); // a return
    expect(netAmountFen(10000, 0.05)).toBe(9500);
    expect(netAmountFen(333, 0.05)).toBe(316);
  });

  test('should bucket days in the company time zone, at the edge', () => {
    expect(salesDay('2026-03-01T16:30:00.000Z', 'Asia/Shanghai')).toBe('2026-03-02');
    expect(salesDay('2026-03-01T15:59:59.999Z', 'Asia/Shanghai')).toBe('2026-03-01');
    expect(salesDay('2026-03-01T16:30:00.000Z', 'Europe/London')).toBe('2026-03-01');
  });

  test('should name ISO weeks across a year end', () => {
    expect(isoWeek('2026-03-02')).toBe('2026-W10');
    expect(isoWeek('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // a Friday: the last week of 2026
    expect(isoWeek('2024-12-30')).toBe('2025-W01'); // a Monday: the first week of 2025
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(monthOf('2026-03-02')).toBe('2026-03');
  });
});
