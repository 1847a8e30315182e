import { ApiError } from '../prices/api';

export type Decision = 'approve' | 'reject';

export interface DecisionSummary {
  done: number;
  own: number;
  conflict: number;
  failed: number;
  /** The first unexpected failure's message. */
  message: string | null;
}

/** Sorts settled approve/reject calls into what the manager needs to know. */
export function summarizeDecisions(outcomes: readonly PromiseSettledResult<unknown>[]): DecisionSummary {
  const summary: DecisionSummary = { done: 0, own: 0, conflict: 0, failed: 0, message: null };
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') {
      summary.done++;
      continue;
    }
    const error = outcome.reason;
    if (error instanceof ApiError && error.status === 403 && /own request/i.test(error.message)) summary.own++;
    else if (error instanceof ApiError && error.status === 409) summary.conflict++;
    else {
      summary.failed++;
      summary.message ??= error instanceof Error ? error.message : String(error);
    }
  }
  return summary;
}

/** Runs `task` over `ids`, a few at a time, and settles every one. */
export async function settleAll<T>(ids: readonly T[], task: (id: T) => Promise<unknown>, concurrency = 4): Promise<PromiseSettledResult<unknown>[]> {
  const results: PromiseSettledResult<unknown>[] = new Array(ids.length);
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const index = next++;
      try {
        results[index] = { status: 'fulfilled', value: await task(ids[index]) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  return results;
}
