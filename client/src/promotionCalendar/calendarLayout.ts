import { conflictsOnChannel } from './conflictMarks';
import { barGeometry, type BarGeometry, type VisibleRange } from './geometry';
import { assignLanes } from './lanes';
import type { CalendarChannel, CalendarPromotion } from './types';

export interface PlacedBar extends BarGeometry {
  promotion: CalendarPromotion;
  /** 0 is the top lane of its row. */
  lane: number;
  /** Ids of the promotions it conflicts with on this row (empty: none). */
  conflictsWith: number[];
  /** Where its name goes: inside the bar, or beside it when the bar is too short to hold it. */
  labelSide: 'inside' | 'right' | 'left';
}

export interface CalendarRow {
  channel: CalendarChannel;
  bars: PlacedBar[];
  /** Lanes the row needs (at least 1, so an empty row keeps its height). */
  lanes: number;
}

export interface CalendarGroup {
  type: 'online' | 'offline';
  rows: CalendarRow[];
}

export interface LayoutInput {
  channels: readonly CalendarChannel[];
  /** Every promotion fetched for the range: conflicts count them all, shown or filtered out. */
  promotions: readonly CalendarPromotion[];
  /** Which promotions get a bar (the type and state filters). */
  shown: (p: CalendarPromotion) => boolean;
  /** Only these channels' rows; empty for every channel. */
  channelIds: readonly number[];
  range: VisibleRange;
  timeZone: string;
  /** Width of the bars' track in pixels, to turn the sizes below into fractions of it. */
  trackPx: number;
  /** The narrowest bar: a two-hour flash sale stays visible and clickable. */
  minBarPx: number;
  /** Pixels a promotion's name needs (with its conflict mark); a shorter bar shows it beside itself, and lanes keep that free too. */
  labelPx: (p: CalendarPromotion, conflict: boolean) => number;
}

/** Widens a bar to `minWidth`, keeping it inside the range. */
function widened(g: BarGeometry, minWidth: number): BarGeometry {
  if (g.width >= minWidth) return g;
  const width = Math.min(1, minWidth);
  return { ...g, left: Math.min(g.left, 1 - width), width };
}

/** The bar, its label's side, and the stretch of its row it takes up (the bar and a label beside it). */
function place(promotion: CalendarPromotion, conflictsWith: number[], g: BarGeometry, input: LayoutInput) {
  const bar = widened(g, input.minBarPx / input.trackPx);
  const needPx = input.labelPx(promotion, conflictsWith.length > 0);
  const label = (needPx + 4) / input.trackPx;
  const end = bar.left + bar.width;
  let labelSide: PlacedBar['labelSide'] = 'inside';
  let span = { start: bar.left, end };
  if (bar.width * input.trackPx < needPx) {
    if (end + label <= 1) [labelSide, span] = ['right', { start: bar.left, end: end + label }];
    else if (bar.left - label >= 0) [labelSide, span] = ['left', { start: bar.left - label, end }];
  }
  return { placed: { promotion, ...bar, conflictsWith, labelSide, lane: 0 }, span };
}

function layoutRow(channel: CalendarChannel, input: LayoutInput): CalendarRow {
  const marks = conflictsOnChannel(input.promotions, channel.id);
  const placed = input.promotions.flatMap((promotion) => {
    if (!promotion.channel_ids.includes(channel.id) || !input.shown(promotion)) return [];
    const g = barGeometry(promotion.start_at, promotion.end_at, input.range, input.timeZone);
    return g ? [place(promotion, marks.get(promotion.id) ?? [], g, input)] : [];
  });
  const { lanes, count } = assignLanes(placed.map(({ placed: b, span }) => ({ id: b.promotion.id, ...span })));
  const bars = placed
    .map(({ placed: b }) => ({ ...b, lane: lanes.get(b.promotion.id)! }))
    .sort((a, b) => a.lane - b.lane || a.left - b.left);
  return { channel, bars, lanes: Math.max(1, count) };
}

/**
 * The calendar's rows: online channels, then offline ones, each with its promotions' bars stacked
 * in lanes and conflicts marked. Inactive channels appear only when something is on them (or when
 * picked in the channel filter).
 */
export function layoutCalendar(input: LayoutInput): CalendarGroup[] {
  const picked = new Set(input.channelIds);
  const rows = input.channels
    .filter((c) => !picked.size || picked.has(c.id))
    .map((c) => layoutRow(c, input))
    .filter((r) => r.channel.active || r.bars.length > 0 || picked.has(r.channel.id));
  return (['online', 'offline'] as const)
    .map((type) => ({ type, rows: rows.filter((r) => r.channel.type === type) }))
    .filter((g) => g.rows.length > 0);
}

/** How many promotions have a bar somewhere in the layout. */
export const barCount = (groups: readonly CalendarGroup[]) =>
  new Set(groups.flatMap((g) => g.rows.flatMap((r) => r.bars.map((b) => b.promotion.id)))).size;

/** Each conflicting pair once per channel row it meets on, in row order (drawn bars only). */
export function conflictPairs(groups: readonly CalendarGroup[]): { channel: CalendarRow['channel']; a: number; b: number }[] {
  const pairs: { channel: CalendarRow['channel']; a: number; b: number }[] = [];
  for (const row of groups.flatMap((g) => g.rows)) {
    const drawn = new Set(row.bars.map((b) => b.promotion.id));
    for (const bar of row.bars) {
      for (const other of bar.conflictsWith) {
        if (bar.promotion.id < other || !drawn.has(other)) pairs.push({ channel: row.channel, a: bar.promotion.id, b: other });
      }
    }
  }
  return pairs;
}
