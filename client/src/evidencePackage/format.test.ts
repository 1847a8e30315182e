import { describe, expect, test } from 'vitest';
import { evidenceKind } from '../observations/evidence';
import { numberEvidence, utcOffset, wallClock, yuan, zoneName } from './format';

describe('wallClock', () => {
  test('should show an instant on the company clock, whatever the browser zone', () => {
    expect(wallClock('2026-03-04T06:30:00.000Z', 'Asia/Shanghai')).toBe('2026-03-04 14:30');
    expect(wallClock('2026-03-04T20:05:00Z', 'Asia/Shanghai')).toBe('2026-03-05 04:05');
    expect(wallClock('2026-03-04T20:05:00Z', 'UTC')).toBe('2026-03-04 20:05');
  });

  test('should leave text that is no instant as it is', () => {
    expect(wallClock('soon', 'Asia/Shanghai')).toBe('soon');
  });
});

describe('zone names', () => {
  test('should name the zone with its offset at the instant', () => {
    expect(zoneName('Asia/Shanghai', '2026-03-04T00:00:00Z')).toBe('Asia/Shanghai (UTC+8)');
    expect(utcOffset('UTC')).toBe('UTC');
    expect(utcOffset('Asia/Kolkata', '2026-01-01T00:00:00Z')).toBe('UTC+5:30');
    expect(utcOffset('America/New_York', '2026-01-15T00:00:00Z')).toBe('UTC−5');
    expect(utcOffset('America/New_York', '2026-07-15T00:00:00Z')).toBe('UTC−4');
  });
});

describe('yuan', () => {
  test('should write yuan with two decimals and thousands separators', () => {
    expect(yuan(12.5)).toBe('¥12.50');
    expect(yuan(1234)).toBe('¥1,234.00');
    expect(yuan(null)).toBe('—');
  });
});

describe('numberEvidence', () => {
  test('should number screenshots and PDFs apart, in list order, a file shared by two observations once', () => {
    const refs = numberEvidence([
      { id: 1, evidence_id: 10, evidence_type: 'image/png' },
      { id: 2, evidence_id: null, evidence_type: null },
      { id: 3, evidence_id: 11, evidence_type: 'application/pdf' },
      { id: 4, evidence_id: 12, evidence_type: 'image/jpeg' },
      { id: 5, evidence_id: 10, evidence_type: 'image/png' },
    ], evidenceKind);
    expect(refs.get(1)).toEqual({ kind: 'image', n: 1 });
    expect(refs.has(2)).toBe(false);
    expect(refs.get(3)).toEqual({ kind: 'pdf', n: 1 });
    expect(refs.get(4)).toEqual({ kind: 'image', n: 2 });
    expect(refs.get(5)).toEqual({ kind: 'image', n: 1 });
  });
});
