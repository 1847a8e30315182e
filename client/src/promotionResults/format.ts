/** How the results page writes percentages and days; pure, so both languages are tested without a browser. */

const DASH = '—';

/** A percentage given as 42.6 for 42.6%: "42.6%", "+103%" when `signed`, a dash when unknown. */
export function formatPct(value: number | null | undefined, locale: string, { signed = false, digits = 1 } = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return new Intl.NumberFormat(locale, {
    style: 'percent', maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value / 100);
}

/** A whole count with the locale's grouping ("1,234"). */
export const formatCount = (value: number, locale: string) => new Intl.NumberFormat(locale).format(value);

/** A percentage as the value of a progress bar: 0 to 100. */
export function barValue(pct: number | null | undefined): number {
  if (pct === null || pct === undefined || !Number.isFinite(pct)) return 0;
  return Math.min(100, Math.max(0, pct));
}

/** How alarming a used share is: most of the budget or stock gone is a warning, all of it an error. */
export function usageTone(pct: number | null | undefined): 'primary' | 'warning' | 'error' {
  if (pct === null || pct === undefined) return 'primary';
  if (pct >= 100) return 'error';
  if (pct >= 80) return 'warning';
  return 'primary';
}

/** The colour of a lift: green when sales rose, red when they fell. */
export function liftTone(pct: number | null | undefined): 'success.main' | 'error.main' | 'text.secondary' {
  if (pct === null || pct === undefined || pct === 0) return 'text.secondary';
  return pct > 0 ? 'success.main' : 'error.main';
}

const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** A business day (`2026-11-11`) on the chart's axis: "Nov 11" / "11月11日". */
export const formatDayShort = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(dayDate(day));

/** A business day in a tooltip, with its weekday: "Wed, Nov 11, 2026" / "2026年11月11日周三". */
export const formatDayLong = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(dayDate(day));

/** An instant as a date and time in the company's zone: "11/11/2026, 00:00" / "2026/11/11 00:00". */
export const formatInstant = (iso: string, locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));
