import crypto from 'node:crypto';
import bcrypt from 'bcryptjs';
import { PASSWORD_MAX_BYTES, utf8Length } from '../../../../shared/password-policy';
import '../../../../shared/password-strength'; // registers the zxcvbn scorer for the shared password rules

/** bcrypt cost of new hashes (and of the dummy hash below). */
export const bcryptRounds = () => Number(process.env.BCRYPT_ROUNDS ?? 11);

export async function hashPassword(password: string): Promise<string> {
  // bcrypt would silently ignore the bytes past 72; the password rules refuse such passwords first.
  if (utf8Length(password) > PASSWORD_MAX_BYTES) throw new Error('password longer than 72 bytes');
  return bcrypt.hash(password, bcryptRounds());
}

const dummyHashes = new Map<number, string>();

/**
 * Compared when no account matches (or the password cannot match), with the same cost as real
 * hashes, so a miss costs as long as a wrong password and the answer time reveals no account.
 */
export function dummyHash(): string {
  const rounds = bcryptRounds();
  let hash = dummyHashes.get(rounds);
  if (!hash) {
    hash = bcrypt.hashSync(crypto.randomBytes(18).toString('base64'), rounds);
    dummyHashes.set(rounds, hash);
  }
  return hash;
}

/** One bcrypt compare whatever the input; a password over 72 bytes never matches (bcrypt would truncate it). */
export async function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  const comparable = hash !== undefined && utf8Length(password) <= PASSWORD_MAX_BYTES;
  const ok = await bcrypt.compare(password, comparable ? hash : dummyHash());
  return ok && comparable;
}
