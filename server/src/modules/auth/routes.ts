import { Router, type Request, type Response } from 'express';
import type { Db } from '../../db/knex';
import { LocaleChoice, LoginRequest } from '../../../../shared/schemas';
import { renderServerMessage } from '../../../../shared/server-messages';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import { authenticate } from '../../http/auth';
import { contextOf } from '../../http/context';
import { parseOr400 } from '../../http/errors';
import type { LoginLimits } from './login-limits';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_TTL_MS, sessionToken } from './sessions';
import { changePassword, currentUser, login } from './service';

/** The client address as Express sees it: proxies' X-Forwarded-For counts only under `trust proxy` (TRUST_PROXY). */
const clientIp = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** Same error shape as every other answer, plus the companies to choose from. */
function askForOrganization(res: Response, organizations: { id: number; name: string }[]) {
  const choose = englishMessage(msg('choose_organization'));
  res.status(409).json({
    message: renderServerMessage('en', 'login_choose_organization'),
    key: 'login_choose_organization',
    params: {},
    errors: { organization: choose },
    organizations,
  });
}

export function authRoutes(db: Db, options: { secureCookies: boolean; limits: LoginLimits }): Router {
  const router = Router();

  router.post('/login', async (req, res) => {
    const input = parseOr400(LoginRequest, req.body);
    const result = await login(db, options.limits, input, clientIp(req));
    if (result.kind === 'choose_organization') return askForOrganization(res, result.organizations);
    const token = await createSession(db, result.userId);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies,
      maxAge: SESSION_TTL_MS,
      path: '/',
    });
    res.json(await currentUser(db, result.userId));
  });

  router.post('/logout', async (req, res) => {
    const token = sessionToken(req.cookies?.[SESSION_COOKIE]);
    if (token) await deleteSession(db, token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.json({ ok: true });
  });

  router.get('/me', authenticate(db), async (req, res) => {
    res.json(await currentUser(db, req.auth!.userId));
  });

  // Everyone's own language, whatever their role: the console opens in it at the next login.
  router.put('/me/locale', authenticate(db), async (req, res) => {
    const { locale } = parseOr400(LocaleChoice, req.body);
    await db('users').where({ id: req.auth!.userId, org_id: req.auth!.orgId }).update({ locale });
    res.json(await currentUser(db, req.auth!.userId));
  });

  router.post('/password', authenticate(db), async (req, res) => {
    const token = sessionToken(req.cookies?.[SESSION_COOKIE])!; // authenticate found this session
    await changePassword(contextOf(req, db), options.limits, req.body, clientIp(req), token);
    res.json({ ok: true, key: 'password_changed', message: renderServerMessage('en', 'password_changed') });
  });

  return router;
}
