import type { Db } from '../../db/knex';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, parseOr400 } from '../../http/errors';
import { changePasswordRequest, type LoginRequest } from '../../../../shared/schemas';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import { writeAudit } from '../audit/audit';
import { beginLoginAttempt, loginAttemptSucceeded, type LoginLimits } from './login-limits';
import { hashPassword, verifyPassword } from './passwords';
import { deleteOtherSessions } from './sessions';

/** Accounts one email may have across companies that a login tries; bounds the work per request. */
export const MAX_LOGIN_CANDIDATES = 5;
/**
 * bcrypt compares every login makes, dummy ones filling up: an admin who gives a user an address
 * that another company also uses cannot tell from the answer time that the address exists there.
 */
export const MIN_LOGIN_COMPARES = 2;

export type LoginResult =
  | { kind: 'ok'; userId: number }
  | { kind: 'choose_organization'; organizations: { id: number; name: string }[] };

interface Candidate { id: number; password_hash: string; active: boolean | number; org_id: number; org_name: string }

/**
 * Emails are unique per company, so one email may have accounts in several: the password is tried
 * against each (one bcrypt compare per candidate, dummy ones up to MIN_LOGIN_COMPARES). The attempt
 * is counted against the account and the IP before any compare (see login-limits.ts).
 */
export async function login(db: Db, limits: LoginLimits, input: LoginRequest, ip: string): Promise<LoginResult> {
  const attempt = await beginLoginAttempt(db, limits, input.email, ip);
  const candidates: Candidate[] = await db('users')
    .join('organizations', 'organizations.id', 'users.org_id')
    .where('users.email', input.email)
    .modify((q) => {
      if (input.organization !== undefined) q.andWhere('users.org_id', input.organization);
    })
    .orderBy([{ column: 'users.active', order: 'desc' }, { column: 'users.id', order: 'asc' }])
    .limit(MAX_LOGIN_CANDIDATES)
    .select('users.id', 'users.password_hash', 'users.active', 'users.org_id', 'organizations.name as org_name');

  const matches: Candidate[] = [];
  for (let i = 0; i < Math.max(candidates.length, MIN_LOGIN_COMPARES); i++) {
    const candidate = candidates.at(i);
    if ((await verifyPassword(input.password, candidate?.password_hash)) && candidate) matches.push(candidate);
  }
  const active = matches.filter((m) => Boolean(m.active));
  if (active.length === 0) throw apiError(401, matches.length ? 'login_deactivated' : 'login_wrong');

  await loginAttemptSucceeded(db, attempt, input.email);
  if (active.length > 1) {
    return { kind: 'choose_organization', organizations: active.map((m) => ({ id: m.org_id, name: m.org_name })) };
  }
  return { kind: 'ok', userId: active[0].id };
}

/**
 * Changes the signed-in user's own password: the current one is checked (and counted like a
 * login), the new one meets the rules, and every other session of the user is signed out.
 */
export async function changePassword(ctx: ServiceContext, limits: LoginLimits, input: unknown, ip: string, sessionToken: string): Promise<void> {
  const { current_password, new_password } = parseOr400(changePasswordRequest(ctx.user.email), input);
  const attempt = await beginLoginAttempt(ctx.db, limits, ctx.user.email, ip);
  const user = await ctx.db('users').where({ id: ctx.user.userId }).first('password_hash', 'version');
  if (!(await verifyPassword(current_password, user?.password_hash))) {
    const wrong = englishMessage(msg('password_wrong'));
    throw apiError(400, 'password_wrong', {}, { current_password: wrong });
  }
  await loginAttemptSucceeded(ctx.db, attempt, ctx.user.email);
  const passwordHash = await hashPassword(new_password);
  const version = Number(user.version);
  await ctx.db.transaction(async (trx) => {
    const changed = await trx('users')
      .where({ id: ctx.user.userId, version })
      .update({ password_hash: passwordHash, version: version + 1, updated_at: nowIso() });
    if (changed !== 1) throw apiError(409, 'stale_version');
    await deleteOtherSessions(trx, ctx.user.userId, sessionToken);
    await writeAudit({ ...ctx, db: trx }, 'update', 'users', ctx.user.userId, { version }, { version: version + 1, password_changed: true });
  });
}

export async function currentUser(db: Db, userId: number) {
  const row = await db('users')
    .join('organizations', 'organizations.id', 'users.org_id')
    .where('users.id', userId)
    .first(
      'users.id', 'users.email', 'users.name', 'users.role', 'users.locale',
      'organizations.id as org_id', 'organizations.name as org_name', 'organizations.kind as org_kind',
    );
  return {
    id: row.id,
    email: row.email,
    fullName: row.name,
    role: row.role,
    locale: row.locale,
    organization: { id: row.org_id, name: row.org_name, kind: row.org_kind },
  };
}
