import crypto from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { Db } from '../db/knex';
import { clock } from '../clock';
import { apiError } from './errors';

const KEEP_MS = 24 * 3600 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{1,100}$/;

/**
 * Honours an `Idempotency-Key` header on a write: the first request with a key runs, a repeat of the
 * same request gets the first answer again and writes nothing, a different request with the same key
 * is refused. The keys live in the database, so every app instance behind a load balancer agrees.
 */
export function idempotent(db: Db): RequestHandler {
  return async (req, res, next) => {
    const key = req.get('idempotency-key');
    if (key === undefined) return next();
    if (!KEY_PATTERN.test(key)) throw apiError(400, 'bad_idempotency_key', {}, { 'Idempotency-Key': 'Invalid' });
    const userId = req.auth!.userId;
    const hash = crypto.createHash('sha256').update(`${req.method} ${req.originalUrl.split('?')[0]} ${JSON.stringify(req.body ?? null)}`).digest('hex');
    const now = clock.now();
    const where = { user_id: userId, key };
    await db('idempotency_keys').where(where).andWhere('expires_at', '<', now.toISOString()).delete();
    try {
      await db('idempotency_keys').insert({
        ...where, request_hash: hash, state: 'running', created_at: now.toISOString(), expires_at: new Date(now.getTime() + KEEP_MS).toISOString(),
      });
    } catch (err) {
      const first = await db('idempotency_keys').where(where).first();
      if (!first) throw err;
      if (first.request_hash !== hash) throw apiError(422, 'idempotency_key_reused');
      if (first.state !== 'done') throw apiError(409, 'idempotency_in_progress');
      res.status(Number(first.status_code)).set('Idempotent-Replayed', 'true').type('application/json').send(first.response_body);
      return;
    }
    if (Math.random() < 0.01) void db('idempotency_keys').where('expires_at', '<', now.toISOString()).delete().catch(() => undefined);
    rememberAnswer(db, res, where);
    next();
  };
}

/** Stores a success before sending it; a failure frees the key so a retry can run. */
function rememberAnswer(db: Db, res: Response, where: { user_id: number; key: string }) {
  const send = res.json.bind(res);
  res.json = (body: unknown) => {
    const ok = res.statusCode < 400;
    const settle = ok
      ? db('idempotency_keys').where(where).update({ state: 'done', status_code: res.statusCode, response_body: JSON.stringify(body) })
      : db('idempotency_keys').where(where).delete();
    settle.then(() => send(body), () => send(body));
    return res;
  };
}
