import type { ErrorRequestHandler } from 'express';
import { z } from 'zod';
import { englishMessage } from '../../../shared/validation-messages';
import { fieldErrors } from '../../../shared/zod-errors';
import { renderServerMessage, type MessageParams, type ServerMessageKey } from '../../../shared/server-messages';
import { translateDatabaseError } from '../db/database-errors';
import { logger } from '../logger';

/**
 * The one error type: routes and services throw it, the middleware below answers it. An error
 * built with `apiError` carries a translation key and params beside its English text.
 */
export class HttpError extends Error {
  key?: string;
  params?: MessageParams;
  /** A machine-readable refusal for API clients (`sold_out`, `limit_exceeded`), beside the translated message. */
  code?: string;
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

/** An error whose message comes from the shared catalogue, so the client can translate it. */
export function apiError(status: number, key: ServerMessageKey, params: MessageParams = {}, errors?: Record<string, string>): HttpError {
  const error = new HttpError(status, renderServerMessage('en', key, params) ?? key, errors);
  error.key = key;
  error.params = params;
  return error;
}

/** A refusal an API client acts on by its `code` (the message key): sold out, over a limit, group full. */
export function refusal(status: number, key: ServerMessageKey, params: MessageParams = {}): HttpError {
  const error = apiError(status, key, params);
  error.code = key;
  return error;
}

export const badRequest = (message: string, errors?: Record<string, string>) => new HttpError(400, message, errors);
export const notFound = (what = 'Record') => apiError(404, 'not_found', { what });
export const forbidden = (message?: string) => (message ? new HttpError(403, message) : apiError(403, 'forbidden'));
export const conflict = (message: string, errors?: Record<string, string>) => new HttpError(409, message, errors);

/** Parses with a shared zod schema; failures become a 400 with readable per-field errors. */
export function parseOr400<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = Object.fromEntries(
    Object.entries(fieldErrors(result.error)).map(([field, message]) => [field, englishMessage(message)]),
  );
  const summary = Object.entries(errors).map(([field, message]) => `${field}: ${message}`).join('; ');
  throw apiError(400, 'invalid_input', { summary }, errors);
}

/**
 * Each item of a posted batch parsed with its shared schema: the valid ones with their place in the
 * batch as sent; every invalid one's fields go into `errors` as `<prefix>.<index>.<field>`.
 */
export function parseEachItem<S extends z.ZodType>(schema: S, items: readonly unknown[], prefix: string, errors: Record<string, string>): { index: number; data: z.output<S> }[] {
  const valid: { index: number; data: z.output<S> }[] = [];
  items.forEach((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) valid.push({ index, data: parsed.data });
    else for (const [field, message] of Object.entries(fieldErrors(parsed.error))) errors[`${prefix}.${index}.${field}`] = englishMessage(message);
  });
  return valid;
}

/** A batch is all or nothing: any item error is one 400 saying how many items failed and the first error, with every error by field. */
export function refuseBatchWithErrors(key: ServerMessageKey, errors: Record<string, string>): void {
  const entries = Object.entries(errors);
  if (!entries.length) return;
  const count = new Set(entries.map(([field]) => field.split('.')[1])).size;
  throw apiError(400, key, { count, first: `${entries[0][0]}: ${entries[0][1]}` }, errors);
}

/** The answer to an error the API knows (ours, a database refusal, a bad body), or undefined for a bug. */
export function knownErrorAnswer(err: unknown): { status: number; body: Record<string, unknown> } | undefined {
  const known = err instanceof HttpError ? err : translateDatabaseError(err) ?? translateBodyParserError(err as { type?: string; status?: number });
  if (!known) return undefined;
  return { status: known.status, body: { ...(known.code ? { code: known.code } : {}), message: known.message, key: known.key, params: known.params, errors: known.errors ?? {} } };
}

export const INTERNAL_ERROR_BODY = { message: 'Internal server error', key: 'internal', errors: {} };

export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const known = knownErrorAnswer(err);
  if (known) {
    res.status(known.status).json(known.body);
    return;
  }
  (req.log ?? logger).error({ err }, 'unhandled error');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(500).json(INTERNAL_ERROR_BODY);
};

/** body-parser and multer errors carry library wording; users get ours. */
function translateBodyParserError(err: { type?: string; status?: number }): HttpError | undefined {
  if (err?.type === 'entity.parse.failed') return apiError(400, 'body_not_json');
  if (err?.type === 'entity.too.large') return apiError(413, 'body_too_large');
  if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500) return apiError(400, 'body_not_json');
  return undefined;
}
