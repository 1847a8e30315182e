import type { ErrorRequestHandler } from 'express';
import { z } from 'zod';
import { englishMessage } from '../../../shared/validation-messages';
import { fieldErrors } from '../../../shared/zod-errors';
import { translateDatabaseError } from '../db/database-errors';

/** The one error type: routes and services throw it, the middleware below answers it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, errors?: Record<string, string>) => new HttpError(400, message, errors);
export const notFound = (what = 'Record') => new HttpError(404, `${what} not found`);
export const forbidden = (message = 'Your role may not do this') => new HttpError(403, message);
export const conflict = (message: string, errors?: Record<string, string>) => new HttpError(409, message, errors);

/** Parses with a shared zod schema; failures become a 400 with readable per-field errors. */
export function parseOr400<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = Object.fromEntries(
    Object.entries(fieldErrors(result.error)).map(([field, message]) => [field, englishMessage(message)]),
  );
  const summary = Object.entries(errors).map(([field, message]) => `${field}: ${message}`).join('; ');
  throw badRequest(`Invalid input. ${summary}`, errors);
}

export const errorMiddleware: ErrorRequestHandler = (err, _req, res, _next) => {
  const known = err instanceof HttpError ? err : translateDatabaseError(err) ?? translateBodyParserError(err);
  if (known) {
    res.status(known.status).json({ message: known.message, errors: known.errors ?? {} });
    return;
  }
  console.error(err);
  res.status(500).json({ message: 'Internal server error', errors: {} });
};

function translateBodyParserError(err: { type?: string; status?: number }): HttpError | undefined {
  if (err?.type === 'entity.parse.failed') return badRequest('Request body is not valid JSON');
  if (err?.type === 'entity.too.large') return new HttpError(413, 'Request body is too large');
  if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500) return new HttpError(err.status, String((err as Error).message));
  return undefined;
}
