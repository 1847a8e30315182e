import { describe, expect, test } from 'vitest';
import { conflictsOnChannel } from './conflictMarks';
import { promotion } from './testData';

describe('conflict marks', () => {
  test('should mark both promotions of an overlapping pair sharing a SKU on the row', () => {
    const marks = conflictsOnChannel([promotion({ id: 1 }), promotion({ id: 2, start_at: '2026-11-18T16:00:00.000Z', end_at: '2026-11-25T16:00:00.000Z' })], 1);
    expect(Object.fromEntries(marks)).toEqual({ 1: [2], 2: [1] });
  });

  test('should not mark promotions that only touch, share no SKU, or are both stackable', () => {
    expect(conflictsOnChannel([promotion({ id: 1 }), promotion({ id: 2, start_at: '2026-11-19T16:00:00.000Z', end_at: '2026-11-21T16:00:00.000Z' })], 1).size).toBe(0);
    expect(conflictsOnChannel([promotion({ id: 1 }), promotion({ id: 2 }, [11])], 1).size).toBe(0);
    expect(conflictsOnChannel([promotion({ id: 1, stackable: true }), promotion({ id: 2, stackable: true })], 1).size).toBe(0);
    expect(conflictsOnChannel([promotion({ id: 1, stackable: true }), promotion({ id: 2 })], 1).size).toBe(2); // one not stackable is enough
  });

  test('should only look at the row\'s channel', () => {
    const a = promotion({ id: 1, channel_ids: [1, 2] });
    const b = promotion({ id: 2, channel_ids: [2] });
    expect(conflictsOnChannel([a, b], 1).size).toBe(0);
    expect(conflictsOnChannel([a, b], 2).size).toBe(2);
  });

  test('should ignore rejected and cancelled promotions but count drafts', () => {
    expect(conflictsOnChannel([promotion({ id: 1 }), promotion({ id: 2, state: 'cancelled', status: 'cancelled' })], 1).size).toBe(0);
    expect(conflictsOnChannel([promotion({ id: 1 }), promotion({ id: 2, state: 'rejected', status: 'rejected' })], 1).size).toBe(0);
    expect(conflictsOnChannel([promotion({ id: 1 }), promotion({ id: 2, state: 'draft', status: 'draft' })], 1).size).toBe(2);
  });

  test('should list every partner of a promotion in order of start', () => {
    const long = promotion({ id: 1, start_at: '2026-11-01T00:00:00.000Z', end_at: '2026-12-31T00:00:00.000Z' });
    const marks = conflictsOnChannel([
      promotion({ id: 3, start_at: '2026-11-20T00:00:00.000Z', end_at: '2026-11-21T00:00:00.000Z' }),
      long,
      promotion({ id: 2, start_at: '2026-11-10T00:00:00.000Z', end_at: '2026-11-11T00:00:00.000Z' }),
    ], 1);
    expect(marks.get(1)).toEqual([2, 3]);
    expect(marks.get(2)).toEqual([1]);
  });
});
