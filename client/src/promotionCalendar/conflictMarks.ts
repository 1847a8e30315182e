import { conflicts, type ConflictCandidate, type PromotionState } from '../../../shared/promotions';
import type { CalendarPromotion } from './types';

/** States that hold (or may come to hold) a channel's SKUs: rejected and cancelled promotions never run. */
const COMPETING: readonly PromotionState[] = ['draft', 'pending', 'scheduled', 'running', 'ended'];

/** The shared rule's input for one promotion, restricted to one channel. */
const onChannel = (p: CalendarPromotion, channelId: number): ConflictCandidate => ({
  id: p.id,
  start_at: p.start_at,
  end_at: p.end_at,
  stackable: p.stackable,
  channel_ids: [channelId],
  sku_ids: p.items.map((i) => i.sku_id),
});

/**
 * On one channel's row: which promotions conflict with which others there (periods overlapping on a
 * shared SKU, not both stackable; `conflicts` in shared/promotions.ts decides). Only promotions with
 * a conflict appear in the map; each maps to the ids it conflicts with, in order of their start.
 */
export function conflictsOnChannel(promotions: readonly CalendarPromotion[], channelId: number): Map<number, number[]> {
  const candidates = promotions
    .filter((p) => p.channel_ids.includes(channelId) && COMPETING.includes(p.state))
    .map((p) => onChannel(p, channelId))
    .sort((a, b) => Date.parse(a.start_at) - Date.parse(b.start_at) || a.id - b.id);
  const found = new Map<number, number[]>();
  const mark = (a: number, b: number) => found.set(a, [...(found.get(a) ?? []), b]);
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const aEnd = Date.parse(a.end_at);
    // Sorted by start: once one starts after `a` ends, none of the rest overlaps it.
    for (let j = i + 1; j < candidates.length && Date.parse(candidates[j].start_at) < aEnd; j++) {
      const b = candidates[j];
      if (!conflicts(a, b)) continue;
      mark(a.id, b.id);
      mark(b.id, a.id);
    }
  }
  // Earlier partners were marked before a promotion's own turn, later ones during it: already in order.
  return found;
}
