import { describe, expect, test } from 'vitest';
import { dayStartMs, isoWeekOf, mondayOf, monthBands, monthLabel, weekColumns, weekLabel } from './weeks';

describe('calendar weeks', () => {
  test('should start every week on its Monday', () => {
    expect(mondayOf('2026-11-16')).toBe('2026-11-16'); // a Monday
    expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // its Sunday
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // across the year's end
  });

  test('should number ISO weeks, 53-week years included', () => {
    expect(isoWeekOf('2026-11-16')).toEqual({ isoYear: 2026, isoWeek: 47 });
    expect(isoWeekOf('2025-12-29')).toEqual({ isoYear: 2026, isoWeek: 1 }); // week 1 holds 1 January's Thursday
    expect(isoWeekOf('2026-12-28')).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(isoWeekOf('2027-01-04')).toEqual({ isoYear: 2027, isoWeek: 1 });
  });

  test('should begin each column at midnight in the company time zone', () => {
    const [first, second] = weekColumns('2026-11-18', 2, 'Asia/Shanghai');
    expect(first.start).toBe('2026-11-16');
    expect(first.end).toBe('2026-11-23');
    expect(new Date(first.startMs).toISOString()).toBe('2026-11-15T16:00:00.000Z');
    expect(first.endMs).toBe(second.startMs);
    const [utc] = weekColumns('2026-11-18', 1, 'UTC');
    expect(new Date(utc.startMs).toISOString()).toBe('2026-11-16T00:00:00.000Z');
    expect(dayStartMs('2026-03-30', 'Europe/Berlin') - dayStartMs('2026-03-23', 'Europe/Berlin')).toBe(167 * 3_600_000); // a clock change inside
  });

  test('should give each week to the month of its Thursday, ranked there', () => {
    const weeks = weekColumns('2026-11-16', 4, 'Asia/Shanghai');
    expect(weeks.map((w) => [w.month, w.weekOfMonth])).toEqual([[11, 3], [11, 4], [12, 1], [12, 2]]);
    expect(monthBands(weeks)).toEqual([{ year: 2026, month: 11, span: 2 }, { year: 2026, month: 12, span: 2 }]);
    const turn = weekColumns('2026-12-28', 2, 'UTC');
    expect(monthBands(turn)).toEqual([{ year: 2026, month: 12, span: 1 }, { year: 2027, month: 1, span: 1 }]);
  });

  test('should label weeks in Chinese by month and rank, in English by ISO number', () => {
    const [w, , across] = weekColumns('2026-11-16', 3, 'Asia/Shanghai');
    expect(weekLabel(w, 'zh-CN')).toEqual({ title: '11月第3周', dates: '11/16–22' });
    expect(weekLabel(w, 'en-US')).toEqual({ title: 'W47', dates: 'Nov 16–22' });
    expect(weekLabel(across, 'zh-CN')).toEqual({ title: '12月第1周', dates: '11/30–12/6' });
    expect(weekLabel(across, 'en-US').dates).toBe('Nov 30–Dec 6');
    expect(monthLabel({ year: 2026, month: 11, span: 2 }, 'zh-CN')).toBe('2026年11月');
    expect(monthLabel({ year: 2026, month: 11, span: 2 }, 'en-US')).toBe('November 2026');
  });
});
