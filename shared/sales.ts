/**
 * Sales rules shared by the server (orders, imports, rollups, reports) and the client: which
 * statuses count, how a consumer's name is kept, what a line amounts to, and calendar keys
 * (day, ISO week, month) in the company's time zone.
 */
import { dayInZone } from './instants';

export const ORDER_STATUSES = ['paid', 'shipped', 'completed', 'cancelled', 'refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
/** Stored statuses: the above, and an engine order held until its buy group fills (outside net sales). */
export const STORED_ORDER_STATUSES = [...ORDER_STATUSES, 'pending_group'] as const;
/** Net sales: cancelled and refunded orders leave every report. */
export const COUNTED_STATUSES: readonly OrderStatus[] = ['paid', 'shipped', 'completed'];
export const isCounted = (status: string) => (COUNTED_STATUSES as readonly string[]).includes(status);

/** `sell_in`: the company's own sale (its revenue); `sell_out`: a distributor's resale (reach, never revenue). */
export const ORDER_FLOWS = ['sell_in', 'sell_out'] as const;
export type OrderFlow = (typeof ORDER_FLOWS)[number];
export const CUSTOMER_TYPES = ['consumer', 'pharmacy', 'hospital', 'clinic', 'distributor'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];
export const ORDER_SOURCES = ['manual', 'import', 'api', 'engine'] as const;
export type OrderSource = (typeof ORDER_SOURCES)[number];

/**
 * A consumer's name as kept: the first character and one asterisk (张三 → 张*, 欧阳娜娜 → 欧*,
 * "Li Lei" → "L*"). What medicine a person bought is sensitive: the full name is never stored.
 */
export function maskConsumerName(name: string | null | undefined): string | null {
  const trimmed = name?.trim();
  if (!trimmed) return null;
  const [first] = Array.from(trimmed);
  return `${first}*`;
}

/** A line's amount in fen: as given, else qty × unit price (rounded to the fen). */
export function lineAmountFen(qty: number, unitPriceFen: number, amountFen?: number | null): number {
  return amountFen ?? Math.round(qty * unitPriceFen);
}

/** Amount less the channel's commission (rate 0…1), in fen, rounded to the fen. */
export function netAmountFen(amountFen: number, commissionRate: number): number {
  return Math.round(amountFen * (1 - commissionRate));
}

/** The business day of an instant in the company's time zone: 2026-03-01T16:30:00Z is 2026-03-02 in Shanghai. */
export const salesDay = (iso: string, timeZone?: string) => dayInZone(iso, timeZone);

/** The ISO week of a calendar day (`2026-W09`); the first days of January may belong to the last week of the year before. */
export function isoWeek(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export const monthOf = (day: string) => day.slice(0, 7);
