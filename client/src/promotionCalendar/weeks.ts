import { zonedTimeToUtc } from '../../../shared/instants';
import { addDays } from '../sales/calendar';

/** One ISO week (Monday to Sunday) of the calendar, as the company's clock counts it. */
export interface WeekColumn {
  /** Its Monday, `YYYY-MM-DD`. */
  start: string;
  /** The next Monday (the week ends before it). */
  end: string;
  /** The instants its Monday and the next Monday begin in the company's time zone. */
  startMs: number;
  endMs: number;
  isoYear: number;
  isoWeek: number;
  /** The month the week belongs to (the one holding its Thursday, as ISO weeks do) and its rank there: 11月第3周. */
  year: number;
  month: number;
  weekOfMonth: number;
}

const utcDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** ISO weekday of a calendar day: 1 Monday … 7 Sunday. */
export const isoWeekday = (day: string) => ((utcDate(day).getUTCDay() + 6) % 7) + 1;

/** The Monday of the ISO week holding `day`. */
export const mondayOf = (day: string) => addDays(day, 1 - isoWeekday(day));

/** The instant a calendar day begins in `timeZone`. */
export function dayStartMs(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return zonedTimeToUtc([y, m, d, 0, 0, 0, 0], timeZone);
}

/** ISO 8601 week number and week-year of the week starting on `monday`. */
export function isoWeekOf(monday: string): { isoYear: number; isoWeek: number } {
  const thursday = utcDate(addDays(monday, 3));
  const isoYear = thursday.getUTCFullYear();
  const dayOfYear = (thursday.getTime() - Date.UTC(isoYear, 0, 1)) / 86_400_000;
  return { isoYear, isoWeek: Math.floor(dayOfYear / 7) + 1 };
}

/** `count` consecutive ISO weeks, the first being the one holding `firstDay`. */
export function weekColumns(firstDay: string, count: number, timeZone: string): WeekColumn[] {
  const first = mondayOf(firstDay);
  return Array.from({ length: count }, (_, i) => {
    const start = addDays(first, i * 7);
    const end = addDays(start, 7);
    const thursday = utcDate(addDays(start, 3));
    return {
      start,
      end,
      startMs: dayStartMs(start, timeZone),
      endMs: dayStartMs(end, timeZone),
      ...isoWeekOf(start),
      year: thursday.getUTCFullYear(),
      month: thursday.getUTCMonth() + 1,
      weekOfMonth: Math.ceil(thursday.getUTCDate() / 7),
    };
  });
}

/** Consecutive weeks of the same month, for the header's month band. */
export interface MonthBand { year: number; month: number; span: number }

export function monthBands(weeks: readonly WeekColumn[]): MonthBand[] {
  const bands: MonthBand[] = [];
  for (const w of weeks) {
    const last = bands[bands.length - 1];
    if (last && last.year === w.year && last.month === w.month) last.span += 1;
    else bands.push({ year: w.year, month: w.month, span: 1 });
  }
  return bands;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthDay = (day: string) => ({ m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) });

/** A week's column heading: 11月第3周 · 11/16–22 in Chinese, W47 · Nov 16–22 in English. */
export function weekLabel(w: WeekColumn, locale: string): { title: string; dates: string } {
  const a = monthDay(w.start);
  const b = monthDay(addDays(w.end, -1));
  if (locale.startsWith('zh')) {
    return { title: `${w.month}月第${w.weekOfMonth}周`, dates: `${a.m}/${a.d}–${a.m === b.m ? '' : `${b.m}/`}${b.d}` };
  }
  return { title: `W${w.isoWeek}`, dates: `${MONTHS[a.m - 1]} ${a.d}–${a.m === b.m ? '' : `${MONTHS[b.m - 1]} `}${b.d}` };
}

/** A month band's heading: 2026年11月, November 2026. */
export const monthLabel = (band: MonthBand, locale: string) =>
  locale.startsWith('zh')
    ? `${band.year}年${band.month}月`
    : new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(band.year, band.month - 1, 15));
