/**
 * Pure channel-pricing rules shared by server and client. Prices are integer fen; per-unit prices
 * are fen per smallest unit (fractional) so that packs of different sizes compare fairly.
 */

export interface DatedPrice {
  id: number;
  price: number;
  effective_from: string; // ISO instant, inclusive
  effective_to: string | null; // ISO instant, exclusive
  status: string;
}

const covers = (p: DatedPrice, at: string) =>
  p.status === 'approved' && p.effective_from <= at && (p.effective_to === null || p.effective_to > at);

/** The price in force at `at`: the approved row covering it with the latest start (latest id on a tie). */
export function priceInForce<T extends DatedPrice>(prices: readonly T[], at: string): T | undefined {
  let best: T | undefined;
  for (const p of prices) {
    if (!covers(p, at)) continue;
    if (!best || p.effective_from > best.effective_from || (p.effective_from === best.effective_from && p.id > best.id)) best = p;
  }
  return best;
}

/** Approved prices that start after `at`, earliest first. */
export function scheduledPrices<T extends DatedPrice>(prices: readonly T[], at: string): T[] {
  return prices
    .filter((p) => p.status === 'approved' && p.effective_from > at)
    .sort((a, b) => a.effective_from.localeCompare(b.effective_from) || a.id - b.id);
}

export function unitPrice(priceFen: number, unitsPerPack: number): number {
  return priceFen / unitsPerPack;
}

export interface ParityInput {
  /** Lowest per-unit price in force on online channels (fen per unit), null when none. */
  online: number | null;
  offline: number | null;
  tolerance: number;
}

/**
 * Online per-unit price may be at most `tolerance` below offline: breach when
 * online < offline × (1 − tolerance). Exactly at the edge is allowed.
 */
export function isParityBreach({ online, offline, tolerance }: ParityInput): boolean {
  if (online === null || offline === null) return false;
  const floor = offline * (1 - tolerance);
  return online < floor - 1e-9 * Math.max(1, floor);
}

export type ApprovalReason = 'first_price' | 'small_change' | 'below_control' | 'large_change' | 'no_policy';

export interface ApprovalInput {
  price: number;
  controlPrice: number | null;
  currentPrice: number | null;
  /** Relative change allowed without a manager, e.g. 0.2. */
  threshold: number;
}

/** Auto-approve when at/above the control price and the change from the current price is under the threshold. */
export function approvalDecision({ price, controlPrice, currentPrice, threshold }: ApprovalInput): { autoApprove: boolean; reason: ApprovalReason } {
  if (controlPrice === null) return { autoApprove: false, reason: 'no_policy' };
  if (price < controlPrice) return { autoApprove: false, reason: 'below_control' };
  if (currentPrice === null) return { autoApprove: true, reason: 'first_price' };
  const change = Math.abs(price - currentPrice) / currentPrice;
  return change < threshold ? { autoApprove: true, reason: 'small_change' } : { autoApprove: false, reason: 'large_change' };
}

/** Which channel types a SKU's channel scope allows. */
export function scopeAllows(scope: 'online' | 'offline' | 'all', channelType: 'online' | 'offline'): boolean {
  return scope === 'all' || scope === channelType;
}
