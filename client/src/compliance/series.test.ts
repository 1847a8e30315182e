import { describe, expect, test } from 'vitest';
import { formatRate, kindBars, trendSeries } from './series';

const channels = [
  { channel_id: 3, name: '天猫旗舰店', operated_by: 'company' as const, observations: 10, compliant: 9, rate: 90 },
  { channel_id: 1, name: 'JD', operated_by: 'partner' as const, observations: 4, compliant: 4, rate: 100 },
  { channel_id: 7, name: 'Never seen', operated_by: 'partner' as const, observations: 0, compliant: 0, rate: null },
];

describe('trendSeries', () => {
  test('should make a row per week in order with a column per observed channel', () => {
    const { rows, lines } = trendSeries({
      channels,
      trend: [
        { week: '2026-03-09', channel_id: 1, rate: 100, observations: 2 },
        { week: '2026-03-02', channel_id: 3, rate: 80, observations: 5 },
        { week: '2026-03-09', channel_id: 3, rate: 100, observations: 5 },
        { week: '2026-03-09', channel_id: 7, rate: null, observations: 0 },
      ],
    });
    expect(lines.map((l) => [l.key, l.name])).toEqual([['c3', '天猫旗舰店'], ['c1', 'JD']]);
    expect(lines[0].color).not.toBe(lines[1].color);
    expect(rows).toEqual([
      { week: '2026-03-02', c3: 80, c1: null },
      { week: '2026-03-09', c3: 100, c1: 100 },
    ]);
  });

  test('should name a channel missing from the summary by its id and give no lines without observations', () => {
    expect(trendSeries({ channels: [], trend: [{ week: '2026-03-02', channel_id: 9, rate: 50, observations: 2 }] }).lines[0].name).toBe('#9');
    expect(trendSeries({ channels, trend: [] })).toEqual({ rows: [], lines: [] });
  });
});

describe('kindBars', () => {
  test('should list every kind, missing ones as zero, largest first', () => {
    expect(kindBars({ parity: 2, unauthorized_seller: 5 }, ['parity', 'below_promo_floor', 'unauthorized_seller'])).toEqual([
      { kind: 'unauthorized_seller', open: 5 },
      { kind: 'parity', open: 2 },
      { kind: 'below_promo_floor', open: 0 },
    ]);
  });
});

describe('formatRate', () => {
  test('should show a percentage with one decimal, or a dash without observations', () => {
    expect(formatRate(93.5, 'en-US')).toBe('93.5%');
    expect(formatRate(100, 'zh-CN')).toBe('100%');
    expect(formatRate(null, 'en-US')).toBe('—');
  });
});
