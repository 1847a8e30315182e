import { Piscina } from 'piscina';
import { HttpError } from '../../http/errors';
import type { ObservationBatchCheck } from './observation-batch-check';
import type { BatchCheckOutcome, BatchCheckTask } from './observation-batch-check.worker';

let pool: Piscina<BatchCheckTask, BatchCheckOutcome> | undefined;

/**
 * One thread that parses and checks posted observation batches (10,000 take ~100 ms), so the event
 * loop stays free to hand SQLite's writer its next statement: checked inline, one batch's check held
 * up another's write transaction for as long. Started on the first batch; it ends after a minute idle.
 */
function checkPool(): Piscina<BatchCheckTask, BatchCheckOutcome> {
  pool ??= new Piscina({
    filename: new URL('./observation-batch-check.worker.ts', import.meta.url).href,
    // tsx compiles the thread's TypeScript as it does the server's (and under the test runner, which loads it otherwise).
    execArgv: ['--import', 'tsx'],
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
  });
  return pool;
}

/** Parses and checks a posted batch's raw JSON in the check thread, at this instant and in the company's zone. */
export async function checkObservationBatchOffThread(bytes: Uint8Array | undefined, nowMs: number, timeZone: string): Promise<ObservationBatchCheck> {
  const outcome = await checkPool().run({ bytes, nowMs, timeZone });
  if ('checked' in outcome) return outcome.checked;
  const { status, key, params, message, errors } = outcome.refused;
  const error = new HttpError(status, message, errors);
  error.key = key;
  error.params = params;
  throw error;
}

/** Ends the check thread (graceful shutdown). */
export async function closeObservationCheckPool(): Promise<void> {
  const ending = pool;
  pool = undefined;
  await ending?.destroy();
}
