import { zoneOffsetMinutes } from '../../../shared/instants';

/**
 * An instant read off the zone's wall clock, as milliseconds since 1970 on that clock. Days are
 * then equally wide on screen even where the zone changes its clock (a 23-hour day is one day).
 */
export const wallMs = (ms: number, timeZone: string) => ms + zoneOffsetMinutes(ms, timeZone) * 60_000;

/** The calendar's visible days: from the first day's midnight to the last day's end (`endDay` excluded). */
export interface VisibleRange {
  startDay: string;
  endDay: string;
}

const dayWall = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Where an instant sits across the range, 0 at its start and 1 at its end (outside: below 0 or above 1). */
export function positionOf(iso: string | number, range: VisibleRange, timeZone: string): number {
  const ms = typeof iso === 'number' ? iso : Date.parse(iso);
  const from = dayWall(range.startDay);
  return (wallMs(ms, timeZone) - from) / (dayWall(range.endDay) - from);
}

/** A bar's place as fractions of the range's width, and whether the period runs on past either edge. */
export interface BarGeometry {
  left: number;
  width: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * The bar of the period [start, end) (end exclusive) across the range; null when no moment of it
 * is inside, so a promotion ending at the range's first midnight is not drawn at all.
 */
export function barGeometry(startIso: string, endIso: string, range: VisibleRange, timeZone: string): BarGeometry | null {
  const start = positionOf(startIso, range, timeZone);
  const end = positionOf(endIso, range, timeZone);
  if (!(end > 0 && start < 1 && end > start)) return null;
  const left = Math.max(0, start);
  return { left, width: Math.min(1, end) - left, clippedStart: start < 0, clippedEnd: end > 1 };
}
