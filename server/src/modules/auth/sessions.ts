import crypto from 'node:crypto';
import type { Db } from '../../db/knex';
import type { AuthUser } from '../../http/context';
import { nowIso } from '../../http/context';
import { clock } from '../../clock';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../../../../shared/instants';

export const SESSION_COOKIE = 'rxc_session';
export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/**
 * Only a string shaped like our tokens (32 random bytes, base64url) is ever looked up: cookie-parser
 * turns `j:{...}` cookies into objects, arrays or numbers, which must be a plain 401, not a crash.
 */
export function sessionToken(cookie: unknown): string | undefined {
  return typeof cookie === 'string' && /^[A-Za-z0-9_-]{43}$/.test(cookie) ? cookie : undefined;
}

/** Creates a server-side session and returns the opaque token for the cookie. */
export async function createSession(db: Db, userId: number): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  const now = clock.nowMs();
  await db('sessions').insert({
    id: hashToken(token),
    user_id: userId,
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + SESSION_TTL_MS).toISOString(),
  });
  return token;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db('sessions').where({ id: hashToken(token) }).delete();
}

export async function deleteUserSessions(db: Db, userId: number): Promise<void> {
  await db('sessions').where({ user_id: userId }).delete();
}

/** Signs the user out everywhere except the session making the request. */
export async function deleteOtherSessions(db: Db, userId: number, keepToken: string): Promise<void> {
  await db('sessions').where({ user_id: userId }).whereNot({ id: hashToken(keepToken) }).delete();
}

export async function findSessionUser(db: Db, token: string): Promise<AuthUser | undefined> {
  const row = await db('sessions')
    .join('users', 'users.id', 'sessions.user_id')
    .where('sessions.id', hashToken(token))
    .andWhere('sessions.expires_at', '>', nowIso())
    .andWhere('users.active', true)
    .join('organizations', 'organizations.id', 'users.org_id')
    .first('users.id', 'users.org_id', 'users.role', 'users.email', 'users.name', 'users.locale', 'organizations.settings');
  if (!row) return undefined;
  return {
    userId: row.id, orgId: row.org_id, role: row.role, email: row.email, name: row.name, locale: row.locale,
    timeZone: timeZoneOf(row.settings),
  };
}

/** The time zone in an organization's stored settings; the default when unset or unreadable. */
function timeZoneOf(settings: string | null): string {
  try {
    const zone = settings ? JSON.parse(settings).time_zone : undefined;
    return typeof zone === 'string' && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}
