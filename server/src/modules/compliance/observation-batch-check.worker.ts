import { setObservationClock } from '../../../../shared/compliance-schemas';
import { HttpError } from '../../http/errors';
import type { MessageParams } from '../../../../shared/server-messages';
import { inTimeZone } from '../../http/request-time-zone';
import { checkObservationBatch, parseJsonBody, type ObservationBatchCheck } from './observation-batch-check';

export interface BatchCheckTask { bytes: Uint8Array | undefined; nowMs: number; timeZone: string }
/** An `HttpError` as plain data: errors lose their own fields crossing to another thread. */
export interface Refusal { status: number; key: string | undefined; params: MessageParams | undefined; message: string; errors: Record<string, string> | undefined }
export type BatchCheckOutcome = { checked: ObservationBatchCheck } | { refused: Refusal };

/** Runs in the check pool's thread: parses and checks one posted batch at the request's instant and in its company's zone. */
export default function checkPostedBatch({ bytes, nowMs, timeZone }: BatchCheckTask): BatchCheckOutcome {
  setObservationClock(() => nowMs);
  try {
    return { checked: inTimeZone(timeZone, () => checkObservationBatch(parseJsonBody(bytes))) };
  } catch (err) {
    if (err instanceof HttpError) return { refused: { status: err.status, key: err.key, params: err.params, message: err.message, errors: err.errors } };
    throw err;
  }
}
