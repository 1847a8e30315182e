/**
 * Pure promotion rules shared by server and client: when a promotion is live (dates, daily slots,
 * recurring windows in the company's time zone), what it charges, which floors and guards it
 * meets, and which other promotions it conflicts with. Prices are integer fen.
 */
import { zonedTimeToUtc, zoneOffsetMinutes } from './instants';
import type { DatedPrice } from './pricing';

export const PROMOTION_TYPES = ['group_buy', 'flash_sale', 'limited_discount', 'volume_tier'] as const;
export type PromotionType = (typeof PROMOTION_TYPES)[number];
/** Stored statuses; `approved` is shown as scheduled, running or ended by the clock. */
export const PROMOTION_STATUSES = ['draft', 'pending', 'approved', 'rejected', 'cancelled'] as const;
export type PromotionStatus = (typeof PROMOTION_STATUSES)[number];
export const PROMOTION_STATES = ['draft', 'pending', 'scheduled', 'running', 'ended', 'rejected', 'cancelled'] as const;
export type PromotionState = (typeof PROMOTION_STATES)[number];
export const CHANNEL_AUDIENCES = ['b2c', 'b2b'] as const;
export type ChannelAudience = (typeof CHANNEL_AUDIENCES)[number];
/** Platforms whose buyers are pharmacies, clinics and hospitals; the rest sell to consumers. */
const B2B_PLATFORMS: readonly string[] = ['yaoshibang', 'distributor', 'pharmacy_chain', 'hospital', 'clinic'];
export const defaultAudience = (platform: string): ChannelAudience => (B2B_PLATFORMS.includes(platform) ? 'b2b' : 'b2c');
export const ROUNDINGS = ['fen', 'jiao'] as const;
export type Rounding = (typeof ROUNDINGS)[number];
export const RECURRENCE_KINDS = ['daily', 'weekly'] as const;
/** Why a submitted promotion waits for a manager. */
export const PROMOTION_APPROVAL_REASONS = ['below_floor', 'price_lowered'] as const;
export type PromotionApprovalReason = (typeof PROMOTION_APPROVAL_REASONS)[number];

/** A daily wall-clock window, "HH:MM" to "HH:MM" (end exclusive, "24:00" allowed). */
export interface TimeWindow { start: string; end: string }
/** Weekdays are ISO: 1 Monday … 7 Sunday. */
export interface Recurrence { every: 'daily' | 'weekly'; weekdays?: number[]; start: string; end: string }

export interface PromotionTiming {
  start_at: string;
  end_at: string;
  slots?: TimeWindow[] | null;
  recurrence?: Recurrence | null;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
export const isClockTime = (text: string) => HHMM.test(text);
export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** A window inside one day: a valid start before its end. */
export const isWindowInsideDay = (w: TimeWindow) =>
  isClockTime(w.start) && isClockTime(w.end) && w.start !== '24:00' && minutesOf(w.start) < minutesOf(w.end);

/** Index of the first slot that overlaps an earlier one (touching ends are fine), or -1. */
export function overlappingSlot(slots: readonly TimeWindow[]): number {
  const sorted = slots.map((s, i) => ({ ...s, i })).sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  for (let k = 1; k < sorted.length; k++) {
    if (minutesOf(sorted[k].start) < minutesOf(sorted[k - 1].end)) return Math.max(sorted[k].i, sorted[k - 1].i);
  }
  return -1;
}

/** Wall clock of an instant in a zone: minutes since midnight and ISO weekday. */
function wallClock(ms: number, timeZone: string): { minutes: number; weekday: number } {
  const local = new Date(ms + zoneOffsetMinutes(ms, timeZone) * 60000);
  return { minutes: local.getUTCHours() * 60 + local.getUTCMinutes(), weekday: ((local.getUTCDay() + 6) % 7) + 1 };
}

const inWindow = (minutes: number, w: TimeWindow) => minutes >= minutesOf(w.start) && minutes < minutesOf(w.end);

/**
 * Whether a promotion charges its price at `at`: inside [start_at, end_at), and inside one of its
 * daily slots and its recurring window when it has them, on the company's wall clock.
 */
export function isLiveAt(p: PromotionTiming, at: string, timeZone: string): boolean {
  const ms = Date.parse(at);
  if (!(ms >= Date.parse(p.start_at) && ms < Date.parse(p.end_at))) return false;
  const clock = wallClock(ms, timeZone);
  if (p.slots?.length && !p.slots.some((s) => inWindow(clock.minutes, s))) return false;
  const r = p.recurrence;
  if (r) {
    if (r.every === 'weekly' && !(r.weekdays ?? []).includes(clock.weekday)) return false;
    if (!inWindow(clock.minutes, r)) return false;
  }
  return true;
}

/** Derived state of a stored status at `now` (no cron: read time decides). */
export function promotionState(p: { status: string; start_at: string; end_at: string }, now: string): PromotionState {
  if (p.status !== 'approved') return p.status as PromotionState;
  const ms = Date.parse(now);
  if (ms < Date.parse(p.start_at)) return 'scheduled';
  return ms < Date.parse(p.end_at) ? 'running' : 'ended';
}

/**
 * The next moment the promotion opens at or after `from` (its start, or a slot or window start),
 * searching day by day up to its end; null when it never opens again.
 */
export function nextOpening(p: PromotionTiming, from: string, timeZone: string): string | null {
  const startMs = Math.max(Date.parse(from), Date.parse(p.start_at));
  const endMs = Date.parse(p.end_at);
  if (startMs >= endMs) return null;
  if (isLiveAt(p, new Date(startMs).toISOString(), timeZone)) return new Date(startMs).toISOString();
  const windows: TimeWindow[] = p.slots?.length ? p.slots : p.recurrence ? [p.recurrence] : [];
  if (!windows.length) return null;
  // Each wall-clock day from the first, each window start in it; 370 days is more than any promotion runs.
  const local = new Date(startMs + zoneOffsetMinutes(startMs, timeZone) * 60000);
  const starts = windows.map((w) => minutesOf(w.start)).sort((a, b) => a - b);
  for (let day = 0; day < 370; day++) {
    for (const minute of starts) {
      const utc = zonedTimeToUtc([local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate() + day, Math.floor(minute / 60), minute % 60, 0, 0], timeZone);
      if (utc < startMs) continue;
      if (utc >= endMs) return null;
      const iso = new Date(utc).toISOString();
      if (isLiveAt(p, iso, timeZone)) return iso;
    }
  }
  return null;
}

/** A flash sale in warm-up: not live yet, and opening within `warmupHours` of `at`. */
export function isWarmingUp(p: PromotionTiming & { warmup_hours?: number | null }, at: string, timeZone: string): boolean {
  if (!p.warmup_hours || isLiveAt(p, at, timeZone)) return false;
  const opening = nextOpening(p, at, timeZone);
  return opening !== null && Date.parse(opening) - Date.parse(at) <= p.warmup_hours * 3_600_000;
}

/** A percentage off an everyday price, rounded half-up to the fen or the jiao (never to 0). */
export function discountedPrice(everydayFen: number, discountPct: number, rounding: Rounding = 'fen'): number {
  const raw = (everydayFen * (100 - discountPct)) / 100;
  const step = rounding === 'jiao' ? 10 : 1;
  return Math.max(step, Math.round(raw / step + 1e-9) * step);
}

export interface Tier { min_qty: number; unit_price: number }

/** Tiers ascending in quantity and strictly descending in price; index of the first bad tier or -1. */
export function badTier(tiers: readonly Tier[]): number {
  for (let i = 1; i < tiers.length; i++) {
    if (tiers[i].min_qty <= tiers[i - 1].min_qty || tiers[i].unit_price >= tiers[i - 1].unit_price) return i;
  }
  return -1;
}

/** The unit price of the highest tier the quantity reaches; null below the first tier. */
export function tierPrice(tiers: readonly Tier[], qty: number): number | null {
  let price: number | null = null;
  for (const t of tiers) if (qty >= t.min_qty) price = t.unit_price;
  return price;
}

/** The prices one item can charge on a channel: what the floor rule checks. */
export interface ItemPrices {
  promo_price: number | null;
  discount_pct: number | null;
  leader_price: number | null;
  tiers: Tier[] | null;
}

export function chargedPrices(item: ItemPrices, everydayFen: number | null, rounding: Rounding = 'fen'): number[] {
  const prices: number[] = [];
  if (item.promo_price !== null) prices.push(item.promo_price);
  if (item.discount_pct !== null && everydayFen !== null) prices.push(discountedPrice(everydayFen, item.discount_pct, rounding));
  if (item.leader_price !== null) prices.push(item.leader_price);
  for (const t of item.tiers ?? []) prices.push(t.unit_price);
  return prices;
}

/** The lowest price an item charges on a channel (the floor rule compares it). */
export function lowestCharged(item: ItemPrices, everydayFen: number | null, rounding: Rounding = 'fen'): number | null {
  const prices = chargedPrices(item, everydayFen, rounding);
  return prices.length ? Math.min(...prices) : null;
}

/** At or above the SKU's promo floor is allowed; below it (or no floor set) a manager decides only when below. */
export const isBelowFloor = (price: number, floor: number | null) => floor !== null && price < floor;

/** Rx guard: a prescription SKU is never promoted to consumers (先方后药 and the advertising rules). */
export const rxGuardRefuses = (rxClass: string, audience: ChannelAudience) => rxClass === 'rx' && audience === 'b2c';

export interface ConflictCandidate {
  id: number;
  start_at: string;
  end_at: string;
  stackable: boolean;
  channel_ids: readonly number[];
  sku_ids: readonly number[];
}

/** Two promotions conflict when their periods overlap on a shared SKU and channel and either is not stackable. */
export function conflicts(a: ConflictCandidate, b: ConflictCandidate): boolean {
  if (a.id === b.id || (a.stackable && b.stackable)) return false;
  if (!(Date.parse(a.start_at) < Date.parse(b.end_at) && Date.parse(b.start_at) < Date.parse(a.end_at))) return false;
  const skus = new Set(a.sku_ids);
  return a.channel_ids.some((c) => b.channel_ids.includes(c)) && b.sku_ids.some((s) => skus.has(s));
}

export const REFERENCE_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * 明码标价和禁止价格欺诈规定 (2022): the "original price" beside a promotion is the lowest price in
 * force on the channel during the 7 days before it starts. Null when no price was in force.
 */
export function referencePrice(history: readonly DatedPrice[], startAt: string): number | null {
  const from = Date.parse(startAt) - REFERENCE_DAYS * DAY_MS;
  const to = Date.parse(startAt);
  let lowest: number | null = null;
  for (const p of history) {
    if (p.status !== 'approved') continue;
    const pFrom = Date.parse(p.effective_from);
    const pTo = p.effective_to ? Date.parse(p.effective_to) : Infinity;
    // Counted only for the moments it was really the price in force (a later start replaces it).
    if (!(pFrom < to && pTo > from)) continue;
    if (!inForceSomewhere(history, p, Math.max(pFrom, from), Math.min(pTo, to))) continue;
    lowest = lowest === null ? p.price : Math.min(lowest, p.price);
  }
  return lowest;
}

/** Whether `p` is the price in force at some moment of [from, to): its own start, or where the one replacing it ends. */
function inForceSomewhere(history: readonly DatedPrice[], p: DatedPrice, from: number, to: number): boolean {
  const moments = [from, ...history.map((h) => (h.effective_to ? Date.parse(h.effective_to) : NaN)).filter((m) => m > from && m < to)];
  return moments.some((m) => winnerAt(history, m) === p);
}

function winnerAt(history: readonly DatedPrice[], ms: number): DatedPrice | undefined {
  let best: DatedPrice | undefined;
  for (const p of history) {
    if (p.status !== 'approved') continue;
    if (!(Date.parse(p.effective_from) <= ms && (!p.effective_to || Date.parse(p.effective_to) > ms))) continue;
    if (!best || p.effective_from > best.effective_from || (p.effective_from === best.effective_from && p.id > best.id)) best = p;
  }
  return best;
}

/**
 * Whether the everyday price was raised during the 7 days before the start (a raise-then-discount
 * is price fraud): some moment in that window where the price in force went up.
 */
export function raisedBeforeStart(history: readonly DatedPrice[], startAt: string): boolean {
  const to = Date.parse(startAt);
  const from = to - REFERENCE_DAYS * DAY_MS;
  const changes = new Set<number>();
  for (const p of history) {
    if (p.status !== 'approved') continue;
    for (const m of [Date.parse(p.effective_from), p.effective_to ? Date.parse(p.effective_to) : NaN]) if (m > from && m <= to) changes.add(m);
  }
  for (const m of changes) {
    const before = winnerAt(history, m - 1);
    const after = winnerAt(history, m);
    if (before && after && after.price > before.price) return true;
  }
  return false;
}
