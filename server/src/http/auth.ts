import type { RequestHandler } from 'express';
import type { Db } from '../db/knex';
import { canAccess, type Action } from '../../../shared/permissions';
import { findSessionUser, SESSION_COOKIE } from '../modules/auth/sessions';
import { forbidden, HttpError } from './errors';

/** Resolves the session cookie to an active user; anything else is a 401. */
export function authenticate(db: Db): RequestHandler {
  return async (req, _res, next) => {
    const token = req.cookies?.[SESSION_COOKIE];
    const user = token ? await findSessionUser(db, token) : undefined;
    if (!user) throw new HttpError(401, 'Please log in');
    req.auth = user;
    next();
  };
}

export function requireAccess(resource: string, action: Action): RequestHandler {
  return (req, _res, next) => {
    if (!canAccess(req.auth?.role, resource, action)) throw forbidden();
    next();
  };
}
