import type { Db } from '../../db/knex';
import { clock } from '../../clock';
import { apiError } from '../../http/errors';

export interface LoginLimits {
  /** Failures after which an account (a normalised email) answers 429, whatever the password. */
  accountFailures: number;
  /** Failures from one client IP, across all emails, after which it answers 429. */
  ipFailures: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { accountFailures: 5, ipFailures: 50, windowMs: 15 * 60 * 1000 };

const since = (limits: LoginLimits) => new Date(clock.nowMs() - limits.windowMs).toISOString();

async function count(query: ReturnType<Db>): Promise<number> {
  const row = await query.count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/**
 * Records the attempt as a failure before any password is checked, then counts: concurrent guesses
 * see each other's rows (of two racing attempts the later counter always sees the earlier one), so
 * no instance can let more than the limit through. Returns the attempt's id; 429 when over a limit.
 */
export async function beginLoginAttempt(db: Db, limits: LoginLimits, email: string, ip: string): Promise<number> {
  const from = since(limits);
  await db('login_failures').where('at', '<=', from).delete(); // expired rows; the index on `at` keeps this cheap
  const [inserted] = await db('login_failures').insert({ email, ip, at: clock.now().toISOString() }).returning('id');
  const id = Number(typeof inserted === 'object' ? inserted.id : inserted);
  const [accountFailures, ipFailures] = await Promise.all([
    count(db('login_failures').where({ email, counts_for_account: true }).andWhere('at', '>', from)),
    count(db('login_failures').where({ ip }).andWhere('at', '>', from)),
  ]);
  if (accountFailures > limits.accountFailures || ipFailures > limits.ipFailures) {
    await db('login_failures').where({ id }).delete(); // a refused attempt checked no password
    throw apiError(429, 'login_throttled', { minutes: Math.round(limits.windowMs / 60000) });
  }
  return id;
}

/** The password was right: the attempt was no failure, and the account's earlier failures stop counting against it (not against the IP). */
export async function loginAttemptSucceeded(db: Db, attemptId: number, email: string): Promise<void> {
  await db('login_failures').where({ id: attemptId }).delete();
  await db('login_failures').where({ email, counts_for_account: true }).update({ counts_for_account: false });
}
