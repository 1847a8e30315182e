/**
 * Price compliance rules, pure and shared. Prices are integer fen. The law draws the line the rules
 * follow: channels the company operates must follow its policy (a breach is an internal error);
 * independent partners' low prices are market intelligence only (Anti-Monopoly Law: no resale price
 * maintenance), and the lawful lever against a store is that it is not an authorised seller.
 */
import { isParityBreach } from './pricing';
import { isLiveAt, type PromotionTiming } from './promotions';

export const VIOLATION_KINDS = ['own_channel_below_control', 'below_promo_floor', 'parity', 'partner_below_control', 'unauthorized_seller'] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];
export const VIOLATION_STATUSES = ['open', 'acknowledged', 'resolved', 'waived'] as const;
export type ViolationStatus = (typeof VIOLATION_STATUSES)[number];
/** Statuses that hold the (kind, SKU, channel, seller) slot: a new breach joins them instead of opening another. */
export const HELD_STATUSES: readonly ViolationStatus[] = ['open', 'acknowledged', 'waived'];
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const OPERATED_BY = ['company', 'partner'] as const;
export type OperatedBy = (typeof OPERATED_BY)[number];
export const OBSERVATION_SOURCES = ['manual', 'import', 'api'] as const;
/** What a platform acts on: genuine goods resold without authorisation alone are not a ground. */
export const COMPLAINT_GROUNDS = ['trademark', 'counterfeit', 'no_licence'] as const;
export type ComplaintGround = (typeof COMPLAINT_GROUNDS)[number];
export const CONTACT_KINDS = ['call', 'email', 'meeting', 'platform_complaint', 'letter'] as const;
/** Kinds that are the company's own errors (sanctionable internally); the rest concern partners. */
export const OWN_KINDS: readonly ViolationKind[] = ['own_channel_below_control', 'below_promo_floor', 'parity'];

/** A company store on its own platform is the company's; every other platform store is a partner's until told otherwise. */
export const defaultOperatedBy = (platform: string): OperatedBy => (platform === 'own_store' ? 'company' : 'partner');

export interface RuleChannel { operated_by: OperatedBy; type: 'online' | 'offline' }
export interface RulePolicy { control_price: number; promo_floor_price: number }
/** An approved promotion live at the instant on this SKU and channel, with the lowest price it charges. */
export interface LiveException { promotion_id: number; lowest_price: number | null }

export interface PricePoint {
  price: number;
  units_per_pack: number;
  /** `in_force`: the company's own listed price; `observation`: a price seen in the market. */
  origin: 'in_force' | 'observation';
}

export interface RuleContext {
  channel: RuleChannel;
  policy: RulePolicy | null;
  live: readonly LiveException[];
  /** A below-control price a manager approved for this cell, in force at the instant. */
  approvedBelowControl: number | null;
  /** Lowest offline per-unit price in force for the SKU's product (fen per unit), null when none. */
  offlineUnitPrice: number | null;
  parityTolerance: number;
  seller: { authorized: boolean | null } | null;
}

export interface Finding {
  kind: ViolationKind;
  expected: number | null;
  actual: number;
  gap_pct: number | null;
  promotion_id: number | null;
}

export interface Evaluation {
  breaches: Finding[];
  /** Kinds checked and passed: an open violation of one of these for the same key resolves. */
  passed: ViolationKind[];
}

/** How far `actual` sits below `expected`, in percent with two decimals (6.67 for 280 vs 300). */
export function gapPct(expected: number, actual: number): number {
  return Math.round(((expected - actual) / expected) * 10000) / 100;
}

/**
 * The lowest allowed price at the instant and the rule it comes from. During an approved promotion the
 * floor is the policy's promo floor, or the promotion's own lower price (a manager approved it: below
 * the floor it could not have been approved otherwise); outside one, the control price, or a lower
 * price a manager approved for the cell.
 */
export function allowedFloor(ctx: Pick<RuleContext, 'policy' | 'live' | 'approvedBelowControl'>): { floor: number; promotion_id: number | null } | null {
  const { policy, live, approvedBelowControl } = ctx;
  if (!policy) return null;
  if (live.length) {
    const lowest = live.reduce<LiveException | null>((best, p) => (p.lowest_price !== null && (!best || p.lowest_price < best.lowest_price!) ? p : best), null);
    const floor = lowest && lowest.lowest_price! < policy.promo_floor_price ? lowest.lowest_price! : policy.promo_floor_price;
    return { floor, promotion_id: (lowest ?? live[0]).promotion_id };
  }
  const floor = approvedBelowControl !== null && approvedBelowControl < policy.control_price ? approvedBelowControl : policy.control_price;
  return { floor, promotion_id: null };
}

function priceRule(point: PricePoint, ctx: RuleContext): { kind: ViolationKind; finding: Finding | null } | null {
  const bound = allowedFloor(ctx);
  if (!bound) return null; // no policy: nothing to hold the price to
  const own = ctx.channel.operated_by === 'company';
  const kind: ViolationKind = !own ? 'partner_below_control' : ctx.live.length ? 'below_promo_floor' : 'own_channel_below_control';
  if (point.price >= bound.floor) return { kind, finding: null };
  return { kind, finding: { kind, expected: bound.floor, actual: point.price, gap_pct: gapPct(bound.floor, point.price), promotion_id: bound.promotion_id } };
}

/**
 * Online per-unit price at most `tolerance` below the lowest offline per-unit price, compared per pack
 * spec. Applies to the company's own prices (every channel's listed price) and to what is observed on
 * channels it operates; a partner's resale price is never held to parity.
 */
function parityRule(point: PricePoint, ctx: RuleContext): Finding | null | undefined {
  if (ctx.channel.type !== 'online' || ctx.offlineUnitPrice === null) return undefined;
  if (point.origin === 'observation' && ctx.channel.operated_by !== 'company') return undefined;
  const online = point.price / point.units_per_pack;
  if (!isParityBreach({ online, offline: ctx.offlineUnitPrice, tolerance: ctx.parityTolerance })) return null;
  const expected = Math.ceil(ctx.offlineUnitPrice * (1 - ctx.parityTolerance) * point.units_per_pack - 1e-9);
  return { kind: 'parity', expected, actual: point.price, gap_pct: gapPct(expected, point.price), promotion_id: null };
}

/** A known unauthorised store selling on a partner channel; unreviewed ones are listed for review instead. */
function sellerRule(point: PricePoint, ctx: RuleContext): Finding | null | undefined {
  if (point.origin !== 'observation' || !ctx.seller || ctx.channel.operated_by === 'company') return undefined;
  if (ctx.seller.authorized !== false) return ctx.seller.authorized === true ? null : undefined;
  return { kind: 'unauthorized_seller', expected: null, actual: point.price, gap_pct: null, promotion_id: null };
}

/** Every rule against one price: the breaches found and the kinds that were checked and passed. */
export function evaluatePrice(point: PricePoint, ctx: RuleContext): Evaluation {
  const breaches: Finding[] = [];
  const passed: ViolationKind[] = [];
  const price = priceRule(point, ctx);
  if (price?.finding) breaches.push(price.finding);
  else if (price) passed.push(...priceKindsFor(ctx.channel));
  const parity = parityRule(point, ctx);
  if (parity) breaches.push(parity);
  else if (parity === null) passed.push('parity');
  const seller = sellerRule(point, ctx);
  if (seller) breaches.push(seller);
  else if (seller === null) passed.push('unauthorized_seller');
  return { breaches, passed };
}

/** A compliant price on a company channel answers both of its price kinds (a promotion may have just ended). */
function priceKindsFor(channel: RuleChannel): ViolationKind[] {
  return channel.operated_by === 'company' ? ['own_channel_below_control', 'below_promo_floor'] : ['partner_below_control'];
}

export interface SeverityBands { severity_low_below_pct: number; severity_medium_below_pct: number }
export const DEFAULT_SEVERITY_BANDS: SeverityBands = { severity_low_below_pct: 5, severity_medium_below_pct: 15 };

/** Bands by gap in percent: below 5 low, below 15 medium, else high; a store that may not sell at all is high. */
export function severityOf(gap: number | null, bands: SeverityBands = DEFAULT_SEVERITY_BANDS): Severity {
  if (gap === null) return 'high';
  if (gap < bands.severity_low_below_pct) return 'low';
  return gap < bands.severity_medium_below_pct ? 'medium' : 'high';
}

/** One violation slot per (kind, SKU, channel, seller); a listed price has no seller. */
export const violationKey = (kind: ViolationKind, skuId: number, channelId: number, sellerId: number | null) =>
  `${kind}:${skuId}:${channelId}:${sellerId ?? 0}`;

/**
 * A breach on a waived violation stays waived while it is no worse than what was waived; a lower price
 * reopens it, so a waiver never hides a new, larger problem.
 */
export const reopensWaiver = (waivedActual: number | null, actual: number) => waivedActual !== null && actual < waivedActual;

export interface TimedPromotion extends PromotionTiming { id: number; lowest_price: number | null }

/** The approved promotions live at `at` in the company's zone (start inclusive, end exclusive, slots and windows honoured). */
export function liveAt(promotions: readonly TimedPromotion[], at: string, timeZone: string): LiveException[] {
  return promotions.filter((p) => isLiveAt(p, at, timeZone)).map((p) => ({ promotion_id: p.id, lowest_price: p.lowest_price }));
}

/** A seller's level rises with repeat unauthorised or counterfeit cases only, never with partner price intelligence. */
export function sellerLevel(cases: number): number {
  if (cases <= 0) return 0;
  if (cases === 1) return 1;
  return cases <= 3 ? 2 : 3;
}

/** Compliance rate in percent with one decimal; null when nothing was observed. */
export const complianceRate = (compliant: number, all: number) => (all ? Math.round((compliant / all) * 1000) / 10 : null);

/** A store's identity on its channel: the platform shop id when known, else its name, case and spacing folded. */
export const sellerMatchKey = (name: string, shopId: string | null | undefined) =>
  (shopId?.trim() ? `id:${shopId.trim().toLowerCase()}` : `name:${name.normalize('NFKC').replace(/\s+/g, '').toLowerCase()}`).slice(0, 200);
