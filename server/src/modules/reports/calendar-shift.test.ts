import { describe, expect, test } from 'vitest';
import { calendarShift } from './calendar-shift';

describe('comparison periods', () => {
  test('should compare whole months with the months before', () => {
    const march = calendarShift('2026-03-01', '2026-03-31', 'previous_period');
    expect([march.back('2026-03-01'), march.back('2026-03-31')]).toEqual(['2026-02-01', '2026-02-28']);
    expect(march.forwardBucket('month', '2026-02')).toBe('2026-03');
    const quarter = calendarShift('2026-01-01', '2026-03-31', 'previous_period');
    expect([quarter.back('2026-01-01'), quarter.back('2026-03-31')]).toEqual(['2025-10-01', '2025-12-31']);
  });

  test('should compare a span of days with the same span before it', () => {
    const week = calendarShift('2026-03-02', '2026-03-08', 'previous_period');
    expect([week.back('2026-03-02'), week.back('2026-03-08')]).toEqual(['2026-02-23', '2026-03-01']);
    expect(week.forwardBucket('day', '2026-02-23')).toBe('2026-03-02');
    expect(week.forwardBucket('week', '2026-W09')).toBe('2026-W10');
  });

  test('should compare with the same dates a year before, across a leap day', () => {
    const year = calendarShift('2025-03-01', '2025-03-31', 'previous_year');
    expect(year.back('2025-03-01')).toBe('2024-03-01');
    expect(calendarShift('2024-02-29', '2024-02-29', 'previous_year').back('2024-02-29')).toBe('2023-02-28');
    expect(year.forwardBucket('month', '2024-03')).toBe('2025-03');
    expect(year.forwardBucket('week', '2025-W01')).toBe('2026-W01');
  });
});
