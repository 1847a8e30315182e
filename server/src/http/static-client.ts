import fs from 'node:fs';
import path from 'node:path';
import type { Express, NextFunction, Request, Response } from 'express';

/**
 * Serving the built client (dist/client, `vite build`):
 * - `/assets/*` are content-hashed, so they are cached for a year and never revalidated
 *   (`immutable`); a missing asset is a plain 404, never the page (a stale tab asking for an old
 *   chunk must fail loudly, not parse HTML as JavaScript);
 * - `index.html` (and any other file at the root) must be revalidated each time (`no-cache`), so a
 *   new deployment is picked up at the next load;
 * - every other GET is the single-page fallback: `index.html`;
 * - the build writes `x.br` and `x.gz` beside each file (vite-plugin-compression2): the answer is
 *   the variant the browser accepts (brotli before gzip when it weighs both the same), with
 *   `Content-Encoding` and `Vary: Accept-Encoding`; without one, the file as it is.
 */

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Precompressed variants, in the server's order of preference. */
const VARIANTS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

type Encoding = (typeof VARIANTS)[number]['encoding'];

/** The `q` the client gives each encoding we have (RFC 9110 §12.5.3); 0 when refused or not named. */
export function acceptedEncodings(header: string | undefined): Record<Encoding, number> {
  const named = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [token, ...params] = part.trim().split(';');
    const name = token.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=').map((s) => s.trim());
      if (key?.toLowerCase() === 'q') q = Number(value);
    }
    named.set(name, Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0);
  }
  const pick = (name: string) => named.get(name) ?? named.get('*') ?? 0;
  return { br: pick('br'), gzip: pick('gzip') };
}

/** `/assets/x.js` → `assets/x.js`; undefined for a path that is not a plain file name inside the client dir. */
function relativeFile(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const rel = path.posix.normalize(`/${decoded}`).slice(1);
  if (!rel || rel.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  return rel;
}

const isFile = (file: string) =>
  fs.promises.stat(file).then(
    (stat) => stat.isFile(),
    () => false,
  );

/**
 * Mounts the built client found in `clientDir` on `app` (GET and HEAD; other methods fall
 * through). Returns false, mounting nothing, when `clientDir` has no index.html.
 */
export function mountStaticClient(app: Express, clientDir: string): boolean {
  const root = path.resolve(clientDir);
  if (!fs.existsSync(path.join(root, 'index.html'))) return false;

  /** Sends `rel` (a file inside root), or its best precompressed variant. */
  async function send(req: Request, res: Response, next: NextFunction, rel: string, cacheControl: string) {
    const accepted = acceptedEncodings(req.get('Accept-Encoding'));
    const available: { encoding: Encoding; suffix: string; q: number }[] = [];
    for (const variant of VARIANTS) {
      if (await isFile(path.join(root, rel + variant.suffix))) available.push({ ...variant, q: accepted[variant.encoding] });
    }
    // highest q wins; ties keep the server's order (sort is stable)
    const chosen = available.filter((v) => v.q > 0).sort((a, b) => b.q - a.q)[0];
    const headers: Record<string, string> = { 'Cache-Control': cacheControl };
    if (available.length) headers.Vary = 'Accept-Encoding';
    if (chosen) headers['Content-Encoding'] = chosen.encoding;
    // the type of the file itself, not of its .br/.gz
    res.type(path.extname(rel) || 'application/octet-stream');
    res.sendFile(rel + (chosen?.suffix ?? ''), { root, headers, cacheControl: false, dotfiles: 'deny' }, (err?: Error & { status?: number; statusCode?: number }) => {
      if (!err) return;
      const status = err.status ?? err.statusCode;
      if (res.headersSent) {
        // the client went away mid-file, or the disk failed: nothing more to say
        if (!res.writableEnded) res.destroy();
        return;
      }
      if (status && status < 500) {
        res.removeHeader('Content-Encoding');
        res.status(status).type('text/plain').set('Cache-Control', 'no-store').send(status === 404 ? 'Not found' : 'Bad request');
        return;
      }
      next(err);
    });
  }

  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const rel = relativeFile(req.path);
    if (rel?.startsWith('assets/') || req.path.startsWith('/assets/')) {
      if (!rel?.startsWith('assets/')) {
        res.status(404).type('text/plain').set('Cache-Control', 'no-store').send('Not found');
        return;
      }
      send(req, res, next, rel, IMMUTABLE).catch(next);
      return;
    }
    const serveIndex = () => send(req, res, next, 'index.html', REVALIDATE);
    if (!rel) {
      serveIndex().catch(next);
      return;
    }
    isFile(path.join(root, rel))
      .then((exists) => (exists ? send(req, res, next, rel, REVALIDATE) : serveIndex()))
      .catch(next);
  });
  return true;
}
