import { priceInForce, type DatedPrice } from '../../../shared/pricing';

export interface PricePoint {
  /** Milliseconds since the epoch. */
  t: number;
  price: number | null;
}

/**
 * The approved price in force over time as steps: one point wherever an approved price starts or
 * ends, then a closing point so the last step is drawn. Gaps without a price are null.
 */
export function priceSteps(prices: readonly DatedPrice[], now: string): PricePoint[] {
  const approved = prices.filter((p) => p.status === 'approved');
  if (!approved.length) return [];
  const instants = new Set<string>();
  for (const p of approved) {
    instants.add(p.effective_from);
    if (p.effective_to) instants.add(p.effective_to);
  }
  const sorted = [...instants].sort((a, b) => Date.parse(a) - Date.parse(b));
  const points = sorted.map((at) => ({ t: Date.parse(at), price: priceInForce(approved, at)?.price ?? null }));
  const first = points[0].t;
  const last = Math.max(points[points.length - 1].t, Date.parse(now));
  const end = last + Math.max((last - first) * 0.05, 24 * 3600 * 1000);
  points.push({ t: end, price: priceInForce(approved, new Date(end).toISOString())?.price ?? null });
  return points;
}
