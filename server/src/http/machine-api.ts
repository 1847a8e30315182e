import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import getRawBody from 'raw-body';
import typeis from 'type-is';
import { parse as parseContentType } from 'content-type';
import type { Logger } from 'pino';
import { apiError, INTERNAL_ERROR_BODY, knownErrorAnswer, notFound } from './errors';

export interface MachineRequest {
  headers: IncomingHttpHeaders;
  /** The path's captured groups, e.g. a group's id. */
  params: string[];
  body: unknown;
}

export interface MachineRoute {
  method: 'GET' | 'POST';
  path: RegExp;
  handle: (req: MachineRequest) => Promise<{ status: number; body: unknown }>;
}

const BODY_LIMIT = '1mb';

/**
 * The front of an API for machines (shops' servers calling with a key; no cookies, no pages), served
 * on Node's own request and response instead of through Express: its quotes arrive thousands a
 * second, and Express's app and router cost about 0.1 ms a request, as much as the quote itself.
 * It keeps what the rest of the API promises: a request id, answers never cached or sniffed, JSON
 * bodies only (415 otherwise, 413 past 1 MB, 400 when not JSON), the same error answers as the
 * error middleware, and the request log line pino-http writes for the console (id, method, path
 * without the query, status, time taken). The browser-facing layers (CSP, CORS, the same-origin
 * guard, cookies, compression) have nothing to do here; without CORS a page on another site cannot
 * even send the key header.
 *
 * Answers whether it took the request: anything outside `prefix` goes on to the app.
 */
export function machineApi(prefix: string, routes: MachineRoute[], logger: Logger): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const url = req.url ?? '';
    if (!(url.startsWith(`${prefix}/`) || url === prefix || url.startsWith(`${prefix}?`))) return false;
    void serve(req, res, url.split('?')[0], routes, logger);
    return true;
  };
}

async function serve(req: IncomingMessage, res: ServerResponse, path: string, routes: MachineRoute[], logger: Logger): Promise<void> {
  const started = performance.now();
  const id = randomUUID();
  res.setHeader('X-Request-Id', id);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.once('finish', () => {
    if (!logger.isLevelEnabled('info')) return;
    logger.info({ req: { id, method: req.method, url: path }, res: { statusCode: res.statusCode }, responseTime: Math.round(performance.now() - started) }, 'request completed');
  });
  try {
    let params: RegExpExecArray | null = null;
    const route = routes.find((r) => r.method === req.method && (params = r.path.exec(path)) !== null);
    if (!route || !params) throw notFound('API endpoint');
    const body = route.method === 'GET' ? undefined : await jsonBody(req);
    const answer = await route.handle({ headers: req.headers, params: (params as RegExpExecArray).slice(1), body });
    send(res, answer.status, answer.body);
  } catch (err) {
    const known = knownErrorAnswer(err);
    if (known) return send(res, known.status, known.body);
    logger.error({ err, req: { id, method: req.method, url: path } }, 'unhandled error');
    if (res.headersSent) res.destroy();
    else send(res, 500, INTERNAL_ERROR_BODY);
  }
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const length = req.headers['content-length'];
  if (req.headers['transfer-encoding'] === undefined && (length === undefined || length === '0')) return undefined;
  if (!typeis(req, ['application/json'])) throw apiError(415, 'unsupported_content_type');
  // JSON is UTF-8 (RFC 8259): a body declared in another charset (GBK, say) would be read as garbage.
  if (!isUtf8(req.headers['content-type'] ?? '')) throw apiError(415, 'unsupported_content_type');
  // raw-body's own errors (too large, aborted) carry the types the error answer translates.
  const text = await getRawBody(req, { limit: BODY_LIMIT, length, encoding: 'utf8' });
  try {
    return JSON.parse(text);
  } catch {
    throw apiError(400, 'body_not_json');
  }
}

function isUtf8(header: string): boolean {
  try {
    const charset = parseContentType(header).parameters.charset?.toLowerCase();
    return charset === undefined || charset === 'utf-8' || charset === 'utf8';
  } catch {
    return false;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json) }).end(json);
}
