import { describe, expect, test } from 'vitest';
import { runRateForecast } from './plan-attainment';

describe('run-rate forecast', () => {
  test('should scale the current month by days in month over days elapsed, today included', () => {
    expect(runRateForecast(10_000, '2026-11', '2026-11-10')).toBe(30_000);
    expect(runRateForecast(2_800, '2026-02', '2026-02-14')).toBe(5_600); // 28 days
    expect(runRateForecast(1_000, '2024-02', '2024-02-29')).toBe(1_000); // the last day: the month as it is
  });

  test('should keep a past month as it was and forecast nothing for a future one', () => {
    expect(runRateForecast(12_345, '2026-10', '2026-11-10')).toBe(12_345);
    expect(runRateForecast(0, '2026-12', '2026-11-10')).toBe(0);
  });
});
