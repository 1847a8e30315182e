/**
 * Pure rules that keep price history true: when an approved request starts, where a price really
 * ends, which policy edits wait for a manager, and who may decide their own request.
 */
import type { DatedPrice } from './pricing';

/**
 * A pending request approved after its start begins at the approval instead: history must not claim a
 * price that was never charged. Null when its whole period has already passed.
 */
export function startOnApproval(effectiveFrom: string, effectiveTo: string | null, now: string): { from: string; moved: boolean } | null {
  if (effectiveTo !== null && effectiveTo <= now) return null;
  return effectiveFrom < now ? { from: now, moved: true } : { from: effectiveFrom, moved: false };
}

/**
 * The instant each approved price stops: its own end, or the start of the next approved price in the
 * same cell, whichever comes first (a later row with the same start replaces it at once). A later price
 * that ends before this one would (a temporary price, a correction of a past window) interrupts it
 * rather than replacing it: it is in force again afterwards, as `priceInForce` says. Rows that are not
 * approved end where they say.
 */
export function effectiveEnds<T extends DatedPrice>(prices: readonly T[]): Map<number, string | null> {
  const approved = prices.filter((p) => p.status === 'approved');
  const ends = new Map<number, string | null>();
  for (const p of prices) {
    if (p.status !== 'approved') {
      ends.set(p.id, p.effective_to);
      continue;
    }
    let end = p.effective_to;
    for (const q of approved) {
      const later = q.effective_from > p.effective_from || (q.effective_from === p.effective_from && q.id > p.id);
      const interrupts = q.effective_to !== null && (p.effective_to === null || q.effective_to < p.effective_to);
      if (later && !interrupts && (end === null || q.effective_from < end)) end = q.effective_from;
    }
    ends.set(p.id, end);
  }
  return ends;
}

export interface PolicyValues {
  control_price: number;
  promo_floor_price: number;
}

/** A change that lowers the control price or the promotion floor. */
export function lowersPolicy(before: PolicyValues, after: PolicyValues): boolean {
  return after.control_price < before.control_price || after.promo_floor_price < before.promo_floor_price;
}

/** A sales user's lowering waits for a manager; raises, and anything an admin does, apply at once. */
export function policyChangeWaits(role: string, before: PolicyValues, after: PolicyValues): boolean {
  return role !== 'admin' && lowersPolicy(before, after);
}

export type OwnDecision = 'other' | 'self' | 'refused';

/**
 * Who may decide a request: anyone but its author; the author too when the company turned the second
 * approver off (then with a note), never for a correction.
 */
export function ownDecision(input: { authorId: number | null; deciderId: number; requireSecondApprover: boolean; correction?: boolean }): OwnDecision {
  if (input.authorId !== input.deciderId) return 'other';
  if (input.correction || input.requireSecondApprover) return 'refused';
  return 'self';
}
