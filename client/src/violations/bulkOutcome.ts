import type { BulkResult } from './types';

/** A bulk answer summed up for one notification: how many changed, the skipped ones grouped by reason. */
export function bulkOutcome(result: BulkResult): { updated: number; skipped: { reason: string; key?: string; count: number }[]; type: 'success' | 'warning' | 'error' } {
  const groups = new Map<string, { reason: string; key?: string; count: number }>();
  for (const { reason, key } of result.skipped) {
    const group = groups.get(key ?? reason) ?? { reason, key, count: 0 };
    group.count += 1;
    groups.set(key ?? reason, group);
  }
  const skipped = [...groups.values()];
  const updated = result.updated.length;
  return { updated, skipped, type: !skipped.length ? 'success' : updated ? 'warning' : 'error' };
}
