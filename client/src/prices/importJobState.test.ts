import { describe, expect, test } from 'vitest';
import { importJobState } from './importJobState';

const now = Date.parse('2030-06-01T08:00:00Z');

describe('importJobState', () => {
  test('should follow a commit while its lease is live and offer a resume once it lapsed', () => {
    expect(importJobState({ status: 'committing', total_rows: 9, claimed_until: '2030-06-01T08:00:30.000Z' }, now)).toBe('running');
    expect(importJobState({ status: 'committing', total_rows: 9, claimed_until: '2030-06-01T07:59:59.000Z' }, now)).toBe('stalled');
  });

  test('should resume failed commits but not failed or expired uploads', () => {
    expect(importJobState({ status: 'failed', total_rows: 9 }, now)).toBe('stalled');
    expect(importJobState({ status: 'failed', total_rows: 0 }, now)).toBe('gone');
    expect(importJobState({ status: 'expired', total_rows: 9 }, now)).toBe('gone');
    expect(importJobState({ status: 'uploading', total_rows: 0 }, now)).toBe('gone');
    expect(importJobState({ status: 'committed', total_rows: 9 }, now)).toBe('done');
  });
});
