import { describe, expect, test } from 'vitest';
import { bulkOutcome } from './bulkOutcome';
import { exportUrl, fileNameOf } from './api';

describe('bulkOutcome', () => {
  test('should count the updated ones and group the skipped ones by reason', () => {
    const outcome = bulkOutcome({
      updated: [1, 2],
      skipped: [{ id: 3, reason: 'Not now', key: 'violation_transition' }, { id: 4, reason: 'Not now', key: 'violation_transition' }, { id: 5, reason: 'Violation not found' }],
    });
    expect(outcome).toEqual({
      updated: 2,
      skipped: [{ reason: 'Not now', key: 'violation_transition', count: 2 }, { reason: 'Violation not found', key: undefined, count: 1 }],
      type: 'warning',
    });
  });

  test('should be a success when nothing was skipped and an error when nothing changed', () => {
    expect(bulkOutcome({ updated: [1], skipped: [] }).type).toBe('success');
    expect(bulkOutcome({ updated: [], skipped: [{ id: 1, reason: 'x' }] }).type).toBe('error');
  });
});

describe('exportUrl', () => {
  test('should carry the list filter without its empty values', () => {
    const url = new URL(exportUrl({ status: 'open', kind: 'parity', q: '', seller_id: undefined }), 'http://x');
    expect(url.pathname).toBe('/api/violations/export');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ status: 'open', kind: 'parity' });
  });
});

describe('fileNameOf', () => {
  test('should prefer the UTF-8 file name, then the plain one, then the fallback', () => {
    expect(fileNameOf("attachment; filename=\"v.xlsx\"; filename*=UTF-8''%E8%BF%9D%E8%A7%84.xlsx", 'x.xlsx')).toBe('违规.xlsx');
    expect(fileNameOf('attachment; filename="violations-2026.xlsx"', 'x.xlsx')).toBe('violations-2026.xlsx');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
