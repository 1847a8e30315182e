import type { LiftDay } from './types';

/** One bar of the lift chart: the day's amount under `before` or `during`, so each period has its own colour and legend. */
export interface ChartRow {
  day: string;
  before: number | null;
  during: number | null;
  qty: number;
}

/** The lift series as chart rows, in day order. */
export function chartRows(series: readonly LiftDay[]): ChartRow[] {
  return [...series]
    .sort((a, b) => a.day.localeCompare(b.day))
    .map((d) => ({ day: d.day, before: d.period === 'before' ? d.amount : null, during: d.period === 'during' ? d.amount : null, qty: d.qty }));
}

/** The first and last day of the promotion in the series (to shade them), or null when it has not started. */
export function duringSpan(series: readonly LiftDay[]): { from: string; to: string } | null {
  const days = series.filter((d) => d.period === 'during').map((d) => d.day).sort();
  return days.length ? { from: days[0], to: days[days.length - 1] } : null;
}

/** True when any day of the series sold something (returns can make a day negative). */
export const hasSales = (series: readonly LiftDay[]) => series.some((d) => d.amount !== 0 || d.qty !== 0);

export interface AverageLine {
  period: 'before' | 'during';
  amount: number;
}

/**
 * The dashed daily-average lines: the 28 days before and the promotion days, each once the server
 * could compute it (no line for a period without days).
 */
export function averageLines(before: number | null, during: number | null): AverageLine[] {
  const lines: AverageLine[] = [];
  if (before !== null) lines.push({ period: 'before', amount: before });
  if (during !== null) lines.push({ period: 'during', amount: during });
  return lines;
}

