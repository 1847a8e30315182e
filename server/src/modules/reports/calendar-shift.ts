import { isoWeek } from '../../../../shared/sales';
import type { ReportDimension } from '../../../../shared/report-schemas';

/** How a comparison period relates to the current one: whole months back, or a number of days back. */
export interface CalendarShift {
  back(day: string): string;
  /** Where a previous period's time bucket lands in the current period. */
  forwardBucket(dim: ReportDimension, bucket: string): string;
}

const DAY_MS = 86_400_000;
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDayOfMonth(year, month))).padStart(2, '0')}`;
}

const isWholeMonths = (gte: string, lte: string) => {
  const [y, m, d] = lte.split('-').map(Number);
  return gte.endsWith('-01') && d === lastDayOfMonth(y, m);
};

/** Monday of an ISO week such as `2026-W09`. */
function mondayOf(week: string): string {
  const [year, w] = week.split('-W').map(Number);
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = new Date(jan4).getUTCDay() || 7;
  return toDay(jan4 - (jan4Weekday - 1) * DAY_MS + (w - 1) * 7 * DAY_MS);
}

/**
 * The previous period of `[gte, lte]`: the same calendar months before it when the range is whole
 * months (March → February, Q1 → Q4), the same span of days before it otherwise, or the same dates a
 * year earlier.
 */
export function calendarShift(gte: string, lte: string, compare: 'previous_period' | 'previous_year'): CalendarShift {
  const months = compare === 'previous_year' ? 12
    : isWholeMonths(gte, lte) ? (Number(lte.slice(0, 4)) * 12 + Number(lte.slice(5, 7))) - (Number(gte.slice(0, 4)) * 12 + Number(gte.slice(5, 7))) + 1
      : 0;
  const days = months ? 0 : Math.round((toMs(lte) - toMs(gte)) / DAY_MS) + 1;
  const shiftDay = (day: string, sign: 1 | -1) => (months ? addMonths(day, sign * months) : toDay(toMs(day) + sign * days * DAY_MS));
  return {
    back: (day) => shiftDay(day, -1),
    forwardBucket(dim, bucket) {
      if (dim === 'month') return shiftDay(`${bucket}-01`, 1).slice(0, 7);
      if (dim === 'week') return isoWeek(shiftDay(mondayOf(bucket), 1));
      return shiftDay(bucket, 1);
    },
  };
}
