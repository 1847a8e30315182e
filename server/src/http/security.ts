import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { apiError } from './errors';

/**
 * Security headers for the app and the API. MUI (emotion) and AG Grid set inline styles, so
 * styles allow 'unsafe-inline'; scripts come only from our own origin.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
}

/** Authenticated answers must never sit in a shared or browser cache. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return 'null';
  }
}

/**
 * CSRF guard: a state-changing request whose Origin (or, without one, Referer) names a site other
 * than the app's own or a configured CORS origin is refused. Scripts that send neither still work.
 */
export function sameOriginWrites(corsOrigins: string[]): RequestHandler {
  const allowed = new Set(corsOrigins.map((o) => originOf(o)));
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.get('origin') !== undefined ? originOf(req.get('origin')) ?? 'null' : originOf(req.get('referer'));
    if (origin === undefined) return next();
    const own = `${req.protocol}://${req.get('host')}`;
    if (origin === own || allowed.has(origin)) return next();
    next(apiError(403, 'foreign_origin', { origin: origin.slice(0, 100) }));
  };
}

function hasBody(req: { headers: Record<string, string | string[] | undefined> }): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * A state-changing request with a body must be JSON (or multipart on upload endpoints), so an HTML
 * form or a text/plain "simple request" from another site can never drive the API.
 */
export function requireJsonBodies(uploadPaths: RegExp[]): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || !hasBody(req)) return next();
    const upload = uploadPaths.some((p) => p.test(req.path));
    if (upload) return req.is('multipart/form-data') ? next() : next(apiError(415, 'unsupported_upload_type'));
    return req.is('application/json') ? next() : next(apiError(415, 'unsupported_content_type'));
  };
}
