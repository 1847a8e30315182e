import type { RequestHandler } from 'express';
import { readerOf, type Db } from '../db/knex';
import { canAccess, type Action } from '../../../shared/permissions';
import { findSessionUser, SESSION_COOKIE, sessionToken } from '../modules/auth/sessions';
import { apiError, forbidden } from './errors';
import { inTimeZone } from './request-time-zone';
import { DEFAULT_TIME_ZONE } from '../../../shared/instants';

/** Resolves the session cookie to an active user; anything else is a 401. */
export function authenticate(db: Db): RequestHandler {
  return async (req, _res, next) => {
    const token = sessionToken(req.cookies?.[SESSION_COOKIE]);
    const user = token ? await findSessionUser(readerOf(db), token) : undefined;
    if (!user) throw apiError(401, 'login_required');
    req.auth = user;
    inTimeZone(user.timeZone ?? DEFAULT_TIME_ZONE, next);
  };
}

export function requireAccess(resource: string, action: Action): RequestHandler {
  return (req, _res, next) => {
    if (!canAccess(req.auth?.role, resource, action)) throw forbidden();
    next();
  };
}
