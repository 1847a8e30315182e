import { describe, expect, test } from 'vitest';
import { addDays, monthStart, sameDayLastMonth, todayIn } from './calendar';

describe('report calendar', () => {
  test('should name today in the company time zone, whatever the browser', () => {
    expect(todayIn('Asia/Shanghai', new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
    expect(todayIn('Europe/London', new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-01');
  });

  test('should step days and months across their ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(sameDayLastMonth('2026-03-31')).toBe('2026-02-28');
    expect(sameDayLastMonth('2026-01-15')).toBe('2025-12-15');
    expect(monthStart('2026-11-24')).toBe('2026-11-01');
  });
});
