import { Router, type Request } from 'express';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import type { Db } from '../../db/knex';
import { LoginRequest } from '../../../../shared/schemas';
import { authenticate } from '../../http/auth';
import { HttpError, parseOr400 } from '../../http/errors';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_TTL_MS } from './sessions';
import { currentUser, login } from './service';

export function authRoutes(db: Db, options: { secureCookies: boolean; loginAttempts: number }): Router {
  const router = Router();
  const loginLimiter = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: options.loginAttempts,
    skipSuccessfulRequests: true,
    keyGenerator: (req: Request) => `${ipKeyGenerator(req.ip ?? '')}|${String(req.body?.email ?? '').toLowerCase()}`,
    handler: (_req, _res, next) => next(new HttpError(429, 'Too many failed logins. Wait 15 minutes and try again.')),
  });

  router.post('/login', loginLimiter, async (req, res) => {
    const { email, password } = parseOr400(LoginRequest, req.body);
    const user = await login(db, email, password);
    const token = await createSession(db, user.id);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies,
      maxAge: SESSION_TTL_MS,
      path: '/',
    });
    res.json(await currentUser(db, user.id));
  });

  router.post('/logout', async (req, res) => {
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) await deleteSession(db, token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.json({ ok: true });
  });

  router.get('/me', authenticate(db), async (req, res) => {
    res.json(await currentUser(db, req.auth!.userId));
  });

  return router;
}
