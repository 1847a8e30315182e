import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * Compresses API answers (JSON lists, CSV) for clients that ask (`Accept-Encoding: br, gzip`):
 * brotli at quality 4 or gzip, for bodies over 1 kB, with `Vary: Accept-Encoding`. Headers such as
 * `Content-Range` pass through untouched. Responses whose type is already compressed, such as the
 * streamed XLSX export (a zip), and any answer marked `Cache-Control: no-transform` are sent as
 * they are, still streamed chunk by chunk.
 */
export function apiCompression(): RequestHandler {
  return compression({ threshold: 1024 });
}
