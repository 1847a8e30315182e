import { describe, expect, test } from 'vitest';
import { dayFinder, dayInZone, isBareDate, parseInstant, zoneOffsetMinutes } from './instants';

describe('parseInstant', () => {
  test('should read a bare date as midnight in the company time zone', () => {
    expect(parseInstant('2026-03-01')).toBe('2026-02-28T16:00:00.000Z');
    expect(parseInstant('2026/3/1')).toBe('2026-02-28T16:00:00.000Z');
    expect(parseInstant('2026-03-01', 'UTC')).toBe('2026-03-01T00:00:00.000Z');
  });

  test('should read a time without offset as wall-clock time in the zone, with DST where the zone has it', () => {
    expect(parseInstant('2026-03-01T10:30')).toBe('2026-03-01T02:30:00.000Z');
    expect(parseInstant('2026-07-01 10:00:00', 'Europe/Berlin')).toBe('2026-07-01T08:00:00.000Z');
    expect(parseInstant('2026-01-01 10:00:00', 'Europe/Berlin')).toBe('2026-01-01T09:00:00.000Z');
  });

  test('should honour explicit offsets and fractions', () => {
    expect(parseInstant('2026-03-01T00:00:00Z')).toBe('2026-03-01T00:00:00.000Z');
    expect(parseInstant('2026-03-01T08:00:00+08:00')).toBe('2026-03-01T00:00:00.000Z');
    expect(parseInstant('2026-03-01T08:00:00.123456+0800')).toBe('2026-03-01T00:00:00.123Z');
    expect(parseInstant('2026-03-01T00:00:00-05:30')).toBe('2026-03-01T05:30:00.000Z');
  });

  test('should refuse impossible, out-of-range and non-ISO dates', () => {
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '1', '+010000-01-01T00:00:00Z', '1999-12-31', '2101-01-01',
      '2026-03-01T24:00', '2026-03-01T10:60', '2026-03-01T10:00:60', '2026-03-01T10:00+15:00', 'yesterday', '', '01/03/2026', '2026-03-01T10', '2026-03-01\u0000']) {
      expect(parseInstant(bad), bad).toBeUndefined();
    }
    expect(parseInstant('2024-02-29')).toBe('2024-02-28T16:00:00.000Z');
    expect(parseInstant('2026-03-01', 'Mars/Olympus')).toBeUndefined();
  });

  test('should tell bare dates and compute zone days and offsets', () => {
    expect(isBareDate('2026-03-01')).toBe(true);
    expect(isBareDate('2026-03-01T00:00Z')).toBe(false);
    expect(dayInZone('2026-02-28T16:00:00.000Z')).toBe('2026-03-01');
    expect(dayInZone('2026-02-28T15:59:59.000Z')).toBe('2026-02-28');
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 1), 'Asia/Shanghai')).toBe(480);
  });

  test('kept quarter-hour offsets agree with Intl at every second around zone changes, off-quarter changes included', () => {
    const byIntl = (ms: number, zone: string) => {
      const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
        .formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
      return Math.round((Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - Math.floor(ms / 1000) * 1000) / 60000);
    };
    const around = [
      ['America/New_York', Date.parse('2026-03-08T07:00:00Z')],
      ['Australia/Lord_Howe', Date.parse('2026-04-04T15:00:00Z')],
      ['Asia/Shanghai', Date.parse('1900-12-31T15:54:17Z')], // local mean time to CST, 17 s past a quarter
    ] as const;
    for (const [zone, change] of around) {
      for (let ms = change - 40 * 60_000; ms < change + 40 * 60_000; ms += 1000) {
        expect(zoneOffsetMinutes(ms, zone), `${zone} ${new Date(ms).toISOString()}`).toBe(byIntl(ms, zone));
      }
    }
  });
});

describe('dayFinder', () => {
  test('agrees with dayInZone around midnight and across a daylight-saving change, half-hour zones included', () => {
    const start = Date.parse('2026-03-07T00:00:00Z');
    for (const zone of ['Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
      const find = dayFinder(zone);
      for (let m = 0; m < 4 * 24 * 60; m += 7) {
        const iso = new Date(start + m * 60_000).toISOString();
        expect(find(iso), `${zone} ${iso}`).toBe(dayInZone(iso, zone));
      }
    }
  });
});
