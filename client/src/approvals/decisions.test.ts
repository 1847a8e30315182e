import { describe, expect, test } from 'vitest';
import { ApiError } from '../prices/api';
import { settleAll, summarizeDecisions } from './decisions';

const rejected = (reason: unknown): PromiseRejectedResult => ({ status: 'rejected', reason });

describe('summarizeDecisions', () => {
  test('should count successes, own requests, requests decided by someone else and other failures', () => {
    const summary = summarizeDecisions([
      { status: 'fulfilled', value: {} },
      { status: 'fulfilled', value: {} },
      rejected(new ApiError('You cannot approve or reject your own request', 403)),
      rejected(new ApiError('Another manager decided on this request first', 409)),
      rejected(new ApiError('This request is already approved', 409)),
      rejected(new ApiError('Only managers and admins approve prices', 403)),
      rejected(new Error('Network down')),
    ]);
    expect(summary).toEqual({ done: 2, own: 1, conflict: 2, failed: 2, message: 'Only managers and admins approve prices' });
  });
});

describe('settleAll', () => {
  test('should settle every id in order, a few at a time', async () => {
    let running = 0;
    let peak = 0;
    const results = await settleAll([1, 2, 3, 4, 5, 6], async (id) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      if (id === 4) throw new Error('no');
      return id * 10;
    }, 2);
    expect(peak).toBe(2);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(results[5]).toEqual({ status: 'fulfilled', value: 60 });
  });
});
