import { describe, expect, test } from 'vitest';
import { barValue, formatCount, formatDayLong, formatDayShort, formatInstant, formatPct, liftTone, usageTone } from './format';

describe('percentages', () => {
  test('should write a percentage the API gives as 42.6 in both languages', () => {
    expect(formatPct(42.6, 'en-US')).toBe('42.6%');
    expect(formatPct(42.6, 'zh-CN')).toBe('42.6%');
    expect(formatPct(100, 'en-US')).toBe('100%');
  });

  test('should sign a lift and group its thousands', () => {
    expect(formatPct(103, 'en-US', { signed: true })).toBe('+103%');
    expect(formatPct(4852.3, 'en-US', { signed: true })).toBe('+4,852.3%');
    expect(formatPct(-12.5, 'zh-CN', { signed: true })).toBe('-12.5%');
    expect(formatPct(0, 'en-US', { signed: true })).toBe('0%');
  });

  test('should show a dash when the percentage is unknown', () => {
    expect(formatPct(null, 'en-US')).toBe('—');
    expect(formatPct(undefined, 'zh-CN')).toBe('—');
    expect(formatPct(Number.NaN, 'en-US')).toBe('—');
  });

  test('should round to one decimal unless told otherwise', () => {
    expect(formatPct(33.333, 'en-US')).toBe('33.3%');
    expect(formatPct(76.66, 'en-US', { digits: 0 })).toBe('77%');
  });

  test('should group counts', () => {
    expect(formatCount(12345, 'en-US')).toBe('12,345');
    expect(formatCount(12345, 'zh-CN')).toBe('12,345');
  });
});

describe('bars and tones', () => {
  test('should keep a progress bar between 0 and 100', () => {
    expect(barValue(42.6)).toBe(42.6);
    expect(barValue(130)).toBe(100);
    expect(barValue(-5)).toBe(0);
    expect(barValue(null)).toBe(0);
  });

  test('should warn when most of a budget or stock is used and alarm when all is', () => {
    expect(usageTone(5.6)).toBe('primary');
    expect(usageTone(80)).toBe('warning');
    expect(usageTone(100)).toBe('error');
    expect(usageTone(null)).toBe('primary');
  });

  test('should colour a rise green, a fall red and no change or no figure grey', () => {
    expect(liftTone(103)).toBe('success.main');
    expect(liftTone(-3)).toBe('error.main');
    expect(liftTone(0)).toBe('text.secondary');
    expect(liftTone(null)).toBe('text.secondary');
  });
});

describe('days', () => {
  test('should write a business day for the axis, whatever the browser\'s zone', () => {
    expect(formatDayShort('2026-11-11', 'en-US')).toBe('Nov 11');
    expect(formatDayShort('2026-11-11', 'zh-CN')).toBe('11月11日');
  });

  test('should write a business day with its weekday for the tooltip', () => {
    expect(formatDayLong('2026-11-11', 'en-US')).toBe('Wed, Nov 11, 2026');
    expect(formatDayLong('2026-11-11', 'zh-CN')).toBe('2026年11月11日周三');
  });
});

describe('instants', () => {
  test('should write an instant in the company\'s zone, not the browser\'s', () => {
    expect(formatInstant('2026-11-10T16:00:00.000Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026/11/11 00:00');
    expect(formatInstant('2026-11-10T16:00:00.000Z', 'en-US', 'Asia/Shanghai')).toBe('11/11/2026, 00:00');
    expect(formatInstant('2026-11-10T16:00:00.000Z', 'en-US', 'UTC')).toBe('11/10/2026, 16:00');
  });
});
