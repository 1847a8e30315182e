import type { ValidationMessageKey } from './validation-messages';

/** bcrypt reads at most 72 bytes; longer passwords are refused, never silently truncated. */
export const PASSWORD_MAX_BYTES = 72;
export const PASSWORD_MIN_LENGTH = 10;
/** zxcvbn score from 0 (guessed at once) to 4; 3 means "safely unguessable" for an online attack. */
export const PASSWORD_MIN_SCORE = 3;

/** Scores a password 0…4, `userInputs` (email, name) count as known words. */
export type PasswordScorer = (password: string, userInputs: string[]) => number;

let scorer: PasswordScorer | undefined;

/**
 * The zxcvbn scorer and its dictionary are big, so shared code does not import them: the server
 * registers the scorer at start (`shared/password-strength.ts`), the client when a password form
 * opens. Until then the strength rule is skipped on the client; the server always applies it.
 */
export function registerPasswordScorer(fn: PasswordScorer): void {
  scorer = fn;
}

export const hasPasswordScorer = () => scorer !== undefined;

/** Bytes of the UTF-8 encoding, without Node or browser APIs. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const characters = (text: string) => [...text].length;

/** The words of an email an attacker would try first: the whole address and its local part. */
function emailParts(email: string | undefined): string[] {
  const normalized = (email ?? '').trim().toLowerCase();
  if (!normalized) return [];
  const local = normalized.split('@')[0];
  return local.length >= 3 && local !== normalized ? [normalized, local] : [normalized];
}

/** Strength 0…4 (undefined while no scorer is loaded). */
export function passwordScore(password: string, email?: string): number | undefined {
  if (!scorer || utf8Length(password) > PASSWORD_MAX_BYTES) return undefined;
  return scorer(password, emailParts(email));
}

/** The first rule a new password breaks, as a validation message key; undefined when it is acceptable. */
export function passwordProblem(password: string, email?: string): ValidationMessageKey | undefined {
  if (utf8Length(password) > PASSWORD_MAX_BYTES) return 'password_too_long';
  if (characters(password) < PASSWORD_MIN_LENGTH) return 'password_length';
  const lower = password.toLowerCase();
  if (emailParts(email).some((part) => lower.includes(part))) return 'password_contains_email';
  const score = passwordScore(password, email);
  if (score !== undefined && score < PASSWORD_MIN_SCORE) return 'password_weak';
  return undefined;
}
