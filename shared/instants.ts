/**
 * Strict instants for the API edge: ISO 8601 on real calendar dates in 2000–2100. A bare date is
 * the start of that day in the company's time zone; a time without an offset is wall-clock time
 * there. Pure (Intl only), so the client parses exactly as the server does.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

let timeZoneOfCompany: () => string = () => DEFAULT_TIME_ZONE;

/**
 * Where "the company's time zone" comes from: the server answers per request (the signed-in user's
 * company setting), the client from the loaded settings. Bare dates and "today" follow it.
 */
export function setCompanyTimeZoneSource(source: () => string): void {
  timeZoneOfCompany = source;
}

/** The time zone bare dates and calendar days are read in, for whoever is asking now. */
export const companyTimeZone = (): string => timeZoneOfCompany();
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const PATTERN =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetByIntl(ms: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
}

/**
 * Offsets by quarter hour: asking Intl costs microseconds and the engine asks on every quote. A
 * quarter whose two ends differ holds a zone change and is never kept, so answers stay exact.
 */
const QUARTER_MS = 15 * 60_000;
const MAX_KEPT_QUARTERS = 20_000;
const offsetsByQuarter = new Map<string, number>();

/** Minutes east of UTC that `timeZone` shows at the instant `ms`. */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const quarter = Math.floor(ms / QUARTER_MS);
  const key = `${timeZone}|${quarter}`;
  const kept = offsetsByQuarter.get(key);
  if (kept !== undefined) return kept;
  const first = offsetByIntl(quarter * QUARTER_MS, timeZone);
  if (first !== offsetByIntl((quarter + 1) * QUARTER_MS - 1, timeZone)) return offsetByIntl(ms, timeZone);
  if (offsetsByQuarter.size >= MAX_KEPT_QUARTERS) offsetsByQuarter.clear();
  offsetsByQuarter.set(key, first);
  return first;
}

/** UTC milliseconds of a wall-clock time in `timeZone`. */
export function zonedTimeToUtc(fields: [number, number, number, number, number, number, number], timeZone: string): number {
  const [y, mo, d, h, mi, s, ms] = fields;
  const guess = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const first = guess - zoneOffsetMinutes(guess, timeZone) * 60000;
  return guess - zoneOffsetMinutes(first, timeZone) * 60000;
}

/** True for an IANA time zone this runtime knows (Asia/Shanghai, UTC, ...). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    zoneOffsetMinutes(0, timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Parses an instant; `undefined` when the text is not a real, in-range ISO 8601 date or time. */
export function parseInstant(text: string, timeZone = companyTimeZone()): string | undefined {
  const m = PATTERN.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = m[8];
  let ms: number;
  if (offset) {
    let offsetMinutes = 0;
    if (offset.toUpperCase() !== 'Z') {
      const digits = offset.slice(1).replace(':', '');
      const [oh, om] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || 0)];
      if (oh > 14 || om > 59) return undefined;
      offsetMinutes = (offset[0] === '-' ? -1 : 1) * (oh * 60 + om);
    }
    ms = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60000;
  } else {
    if (!isValidTimeZone(timeZone)) return undefined;
    ms = zonedTimeToUtc([year, month, day, hour, minute, second, millis], timeZone);
  }
  const utcYear = new Date(ms).getUTCFullYear();
  if (utcYear < MIN_YEAR - 1 || utcYear > MAX_YEAR + 1) return undefined;
  return new Date(ms).toISOString();
}

/** True when the text is a bare calendar date (no time of day). */
export function isBareDate(text: string): boolean {
  return /^\d{4}[-/]\d{1,2}[-/]\d{1,2}$/.test(text.trim());
}

/** The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`. */
export function dayInZone(iso: string, timeZone = companyTimeZone()): string {
  const ms = Date.parse(iso);
  return new Date(ms + zoneOffsetMinutes(ms, timeZone) * 60000).toISOString().slice(0, 10);
}

/**
 * `dayInZone` for many instants of one zone: the zone's offset is looked up once per UTC hour (Intl is
 * the cost), and exactly wherever an hour holds an offset change.
 */
export function dayFinder(timeZone: string): (iso: string) => string {
  const HOUR = 3_600_000;
  const offsets = new Map<number, number | null>();
  return (iso) => {
    const ms = Date.parse(iso);
    const hour = Math.floor(ms / HOUR);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const start = zoneOffsetMinutes(hour * HOUR, timeZone);
      offset = start === zoneOffsetMinutes(hour * HOUR + HOUR - 1, timeZone) ? start : null;
      if (offsets.size > 100_000) offsets.clear();
      offsets.set(hour, offset);
    }
    return new Date(ms + (offset ?? zoneOffsetMinutes(ms, timeZone)) * 60000).toISOString().slice(0, 10);
  };
}
