import { describe, expect, test } from 'vitest';
import { assignLanes } from './lanes';

describe('lanes', () => {
  test('should keep intervals that do not overlap in one lane, touching ends included', () => {
    const { lanes, count } = assignLanes([{ id: 1, start: 0, end: 5 }, { id: 2, start: 5, end: 9 }, { id: 3, start: 10, end: 12 }]);
    expect(count).toBe(1);
    expect([...lanes.values()]).toEqual([0, 0, 0]);
  });

  test('should stack overlapping intervals and reuse a lane once it is free', () => {
    const { lanes, count } = assignLanes([
      { id: 1, start: 0, end: 10 },
      { id: 2, start: 2, end: 4 },
      { id: 3, start: 3, end: 6 },
      { id: 4, start: 5, end: 8 }, // lane 1 is free again at 4
    ]);
    expect(count).toBe(3);
    expect(Object.fromEntries(lanes)).toEqual({ 1: 0, 2: 1, 3: 2, 4: 1 });
  });

  test('should use as many lanes as intervals overlap at the busiest moment, whatever the input order', () => {
    const intervals = [
      { id: 5, start: 6, end: 9 }, { id: 1, start: 0, end: 3 }, { id: 2, start: 1, end: 7 },
      { id: 4, start: 4, end: 6 }, { id: 3, start: 2, end: 5 },
    ];
    const { lanes, count } = assignLanes(intervals);
    expect(count).toBe(3);
    for (const a of intervals) {
      for (const b of intervals) {
        if (a.id < b.id && a.start < b.end && b.start < a.end) expect(lanes.get(a.id)).not.toBe(lanes.get(b.id));
      }
    }
  });

  test('should put the longer of two starting together on top', () => {
    const { lanes } = assignLanes([{ id: 1, start: 0, end: 2 }, { id: 2, start: 0, end: 9 }]);
    expect(lanes.get(2)).toBe(0);
    expect(assignLanes([]).count).toBe(0);
  });
});
