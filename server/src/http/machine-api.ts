import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { apiError } from './errors';

/**
 * The front of an API for machines (shops' servers calling with a key), in one step because its
 * quotes arrive thousands a second: the request id, answers never cached or sniffed, bodies only
 * as JSON, and the request log line pino-http writes for the console (id, method, path without the
 * query, status, time taken, the same message) written once at `finish`, without a child logger.
 */
export function machineApi(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const id = randomUUID();
    res.setHeader('X-Request-Id', id);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.once('finish', () => {
      if (!logger.isLevelEnabled('info')) return;
      const responseTime = Math.round(performance.now() - started);
      logger.info({ req: { id, method: req.method, url: req.originalUrl.split('?')[0] }, res: { statusCode: res.statusCode }, responseTime }, 'request completed');
    });
    const length = req.headers['content-length'];
    const hasBody = req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
    if (hasBody && req.method !== 'GET' && req.method !== 'HEAD' && !req.is('application/json')) return next(apiError(415, 'unsupported_content_type'));
    next();
  };
}
