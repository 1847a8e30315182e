import { describe, expect, test } from 'vitest';
import { barCount, conflictPairs, layoutCalendar, type LayoutInput } from './calendarLayout';
import { channel, promotion } from './testData';

const base: Omit<LayoutInput, 'channels' | 'promotions'> = {
  shown: () => true, channelIds: [], range: { startDay: '2026-11-16', endDay: '2027-01-25' }, timeZone: 'Asia/Shanghai',
  trackPx: 700, minBarPx: 7, labelPx: () => 0, // 10 px a day; names fit anywhere unless a test says otherwise
};

describe('calendar layout', () => {
  test('should group online channels before offline ones and keep empty active rows', () => {
    const groups = layoutCalendar({ ...base, channels: [channel(3, { type: 'offline', audience: 'b2b' }), channel(1), channel(2)], promotions: [] });
    expect(groups.map((g) => [g.type, g.rows.map((r) => r.channel.id)])).toEqual([['online', [1, 2]], ['offline', [3]]]);
    expect(groups[0].rows[0].lanes).toBe(1);
  });

  test('should draw a promotion on every channel row it covers, stacked in lanes where bars overlap', () => {
    const groups = layoutCalendar({
      ...base,
      channels: [channel(1), channel(2)],
      promotions: [
        promotion({ id: 1, channel_ids: [1, 2] }),
        promotion({ id: 2, start_at: '2026-11-18T16:00:00.000Z', end_at: '2026-11-22T16:00:00.000Z' }, [11]),
        promotion({ id: 3, start_at: '2026-11-19T16:00:00.000Z', end_at: '2026-11-20T16:00:00.000Z' }, [12]), // touches 1's end: its lane
      ],
    });
    const [one, two] = groups[0].rows;
    expect(one.lanes).toBe(2);
    expect(one.bars.map((b) => [b.promotion.id, b.lane])).toEqual([[1, 0], [3, 0], [2, 1]]);
    expect(two.bars.map((b) => b.promotion.id)).toEqual([1]);
    expect(barCount(groups)).toBe(3);
  });

  test('should mark conflicts on the rows where they happen, even with a partner that is filtered out', () => {
    const groups = layoutCalendar({
      ...base,
      shown: (p) => p.type === 'flash_sale',
      channels: [channel(1), channel(2)],
      promotions: [promotion({ id: 1, channel_ids: [1, 2] }), promotion({ id: 2, type: 'limited_discount', channel_ids: [1] })],
    });
    const [one, two] = groups[0].rows;
    expect(one.bars).toHaveLength(1);
    expect(one.bars[0].conflictsWith).toEqual([2]);
    expect(two.bars[0].conflictsWith).toEqual([]);
    expect(conflictPairs(groups).map((p) => [p.channel.id, p.a, p.b])).toEqual([[1, 1, 2]]);
  });

  test('should list each conflicting pair once per channel it meets on', () => {
    const groups = layoutCalendar({
      ...base,
      channels: [channel(1), channel(2)],
      promotions: [promotion({ id: 5, channel_ids: [1, 2] }), promotion({ id: 3, channel_ids: [1, 2] }), promotion({ id: 4, channel_ids: [2] }, [11])],
    });
    expect(conflictPairs(groups).map((p) => [p.channel.id, p.a, p.b])).toEqual([[1, 3, 5], [2, 3, 5]]);
  });

  test('should widen a short bar to the minimum and give its neighbour another lane', () => {
    const groups = layoutCalendar({
      ...base,
      minBarPx: 10, // one day
      channels: [channel(1)],
      promotions: [
        promotion({ id: 1, start_at: '2026-11-17T02:00:00.000Z', end_at: '2026-11-17T04:00:00.000Z' }), // two hours
        promotion({ id: 2, start_at: '2026-11-17T06:00:00.000Z', end_at: '2026-11-17T08:00:00.000Z' }, [11]),
      ],
    });
    const [a, b] = groups[0].rows[0].bars;
    expect(a.width).toBeCloseTo(1 / 70);
    expect([a.lane, b.lane]).toEqual([0, 1]);
  });

  test('should keep a widened bar inside the range at its right edge', () => {
    const [row] = layoutCalendar({
      ...base, minBarPx: 35, channels: [channel(1)],
      promotions: [promotion({ id: 1, start_at: '2027-01-24T10:00:00.000Z', end_at: '2027-01-24T12:00:00.000Z' })],
    })[0].rows;
    expect(row.bars[0].left + row.bars[0].width).toBeCloseTo(1);
  });

  test('should show only the picked channels, and inactive ones only when something runs on them', () => {
    const channels = [channel(1), channel(2, { active: false }), channel(3, { active: false })];
    const promotions = [promotion({ id: 1, channel_ids: [2] })];
    expect(layoutCalendar({ ...base, channels, promotions })[0].rows.map((r) => r.channel.id)).toEqual([1, 2]);
    expect(layoutCalendar({ ...base, channels, promotions, channelIds: [3] })[0].rows.map((r) => r.channel.id)).toEqual([3]);
  });

  test('should put the name of a bar too short for it beside the bar, and keep that stretch free in its lane', () => {
    const groups = layoutCalendar({
      ...base,
      labelPx: (p) => (p.id === 1 ? 60 : 20),
      channels: [channel(1)],
      promotions: [
        promotion({ id: 1 }), // three days: 30 px, its name beside it up to 94 px from its start
        promotion({ id: 2, start_at: '2026-11-21T16:00:00.000Z', end_at: '2026-11-24T16:00:00.000Z' }, [11]), // starts 50 px after 1
        promotion({ id: 3, start_at: '2027-01-21T16:00:00.000Z', end_at: '2027-01-24T16:00:00.000Z' }, [12]), // at the right edge
      ],
    });
    const bars = Object.fromEntries(groups[0].rows[0].bars.map((b) => [b.promotion.id, b]));
    expect(bars[1].labelSide).toBe('right');
    expect(bars[2].labelSide).toBe('inside');
    expect(bars[2].lane).toBe(1);
    expect(bars[3].labelSide).toBe('inside'); // 30 px hold its 20 px name
    const edge = layoutCalendar({ ...base, labelPx: () => 60, channels: [channel(1)], promotions: [promotion({ id: 3, start_at: '2027-01-21T16:00:00.000Z', end_at: '2027-01-24T16:00:00.000Z' })] });
    expect(edge[0].rows[0].bars[0].labelSide).toBe('left');
  });
});
