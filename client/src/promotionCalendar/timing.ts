import { addDays } from '../sales/calendar';
import { wallMs } from './geometry';
import type { PromotionItemSummary } from './types';

/** Wall-clock fields of an instant in a zone. */
function wall(ms: number, timeZone: string) {
  const d = new Date(wallMs(ms, timeZone));
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), hm: d.toISOString().slice(11, 16), day: d.toISOString().slice(0, 10) };
}
type Wall = ReturnType<typeof wall>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const zhDate = (w: Wall, year: boolean) => `${year ? `${w.y}年` : ''}${w.m}月${w.d}日`;
const enDate = (w: Wall, year: boolean) => `${MONTHS[w.m - 1]} ${w.d}${year ? `, ${w.y}` : ''}`;

/**
 * A promotion's period [start, end) in words, on the company's clock. Whole days read as days, the
 * last one included (a sale ending at midnight of the 14th runs 11–13 November); other periods
 * with their times. Chinese puts the year first (2026年11月11日 – 11月13日), English last;
 * `year: false` leaves it out (for a list of what runs now).
 */
export function formatPeriod(startIso: string, endIso: string, timeZone: string, locale: string, { year = true } = {}): string {
  const zh = locale.startsWith('zh');
  const s = wall(Date.parse(startIso), timeZone);
  const e = wall(Date.parse(endIso), timeZone);
  const date = (w: Wall, withYear: boolean) => (zh ? zhDate : enDate)(w, year && withYear);
  if (s.hm === '00:00' && e.hm === '00:00') {
    const last = wall(Date.parse(`${addDays(e.day, -1)}T12:00:00Z`), 'UTC');
    if (last.day <= s.day) return date(s, true);
    return zh ? `${date(s, true)} – ${date(last, last.y !== s.y)}` : `${date(s, last.y !== s.y)} – ${date(last, true)}`;
  }
  const endDate = e.day === s.day ? '' : zh ? `${date(e, e.y !== s.y)} ` : `${date(e, e.y !== s.y)}, `;
  return `${date(s, true)}${zh ? ' ' : ', '}${s.hm} – ${endDate}${e.hm}`;
}

export type RelativeUnit = 'minute' | 'hour' | 'day';

/** How far `targetMs` is from `nowMs`, in the unit people would say: minutes under an hour, hours under two days, then days. */
export function relativeParts(targetMs: number, nowMs: number): { value: number; unit: RelativeUnit } {
  const diff = targetMs - nowMs;
  const sign = diff < 0 ? -1 : 1;
  const minutes = Math.abs(diff) / 60_000;
  if (minutes < 60) return { value: sign * Math.max(1, Math.round(minutes)), unit: 'minute' };
  if (minutes < 48 * 60) return { value: sign * Math.round(minutes / 60), unit: 'hour' };
  return { value: sign * Math.round(minutes / 1440), unit: 'day' };
}

/** "in 3 days", "3天后": when `targetMs` comes, from `nowMs`, in the reader's language. */
export function relativeText(targetMs: number, nowMs: number, locale: string): string {
  const { value, unit } = relativeParts(targetMs, nowMs);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
}

/** Units sold against the stock limit, summed over the items that have a limit; null when none has one. */
export function stockOf(items: readonly PromotionItemSummary[]): { sold: number; limit: number } | null {
  const limited = items.filter((i) => i.stock_limit !== null);
  if (!limited.length) return null;
  return { sold: limited.reduce((s, i) => s + i.sold, 0), limit: limited.reduce((s, i) => s + i.stock_limit!, 0) };
}
