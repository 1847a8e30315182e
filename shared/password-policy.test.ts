import { describe, expect, test } from 'vitest';
import { passwordProblem, passwordScore, PASSWORD_MAX_BYTES, utf8Length } from './password-policy';
import './password-strength';
import { ChangePasswordRequest, changePasswordRequest, LoginRequest, UserCreate, UserUpdate } from './schemas';

const user = { email: ' Sales@Acme.test ', name: 'Sales', role: 'sales' };
const passwordError = (password: unknown) => {
  const result = UserCreate.safeParse({ ...user, password });
  return result.success ? undefined : result.error.issues.filter((i) => i.path[0] === 'password').map((i) => i.message);
};

describe('password policy', () => {
  test('should refuse short, common and guessable passwords', () => {
    expect(passwordError('aaaaaaaa')).toEqual(['rx.validation.password_length']);
    expect(passwordError('12345678')).toEqual(['rx.validation.password_length']);
    expect(passwordError('password')).toEqual(['rx.validation.password_length']);
    expect(passwordError('        ')).toEqual(['rx.validation.password_length']);
    expect(passwordError('aaaaaaaaaaaa')).toEqual(['rx.validation.password_weak']);
    expect(passwordError('password1234')).toEqual(['rx.validation.password_weak']);
    expect(passwordError('1234567890')).toEqual(['rx.validation.password_weak']);
    expect(passwordError('qwertyuiop12')).toEqual(['rx.validation.password_weak']);
  });

  test('should refuse a password containing the email or its name part, in any case', () => {
    expect(passwordError('sales@acme.test')).toEqual(['rx.validation.password_contains_email']);
    expect(passwordError('SALES@ACME.TEST!x')).toEqual(['rx.validation.password_contains_email']);
    expect(passwordError('my-Sales-kettle-42')).toEqual(['rx.validation.password_contains_email']);
  });

  test('should accept strong passwords of 10 characters to 72 bytes', () => {
    expect(passwordError('blue-Kettle-42-river')).toBeUndefined();
    expect(passwordError('long-enough-pw')).toBeUndefined();
    expect(passwordError('药品渠道管理很安全的口令')).toBeUndefined();
    expect(passwordError('Zq8!vR2#mK9@xL4$'.repeat(4) + 'Ab1!Cd2@')).toBeUndefined(); // exactly 72 bytes
  });

  test('should refuse more than 72 UTF-8 bytes instead of truncating', () => {
    expect(utf8Length('é药😀a')).toBe(2 + 3 + 4 + 1);
    const ascii = 'Zq8!vR2#mK9@xL4$'.repeat(4) + 'Ab1!Cd2@x';
    expect(utf8Length(ascii)).toBe(PASSWORD_MAX_BYTES + 1);
    expect(passwordError(ascii)).toEqual(['rx.validation.password_too_long']);
    expect(passwordError('药'.repeat(25))).toEqual(['rx.validation.password_too_long']); // 25 characters, 75 bytes
    expect(passwordError('药'.repeat(24))).not.toEqual(['rx.validation.password_too_long']);
  });

  test('should treat an empty password on update as unchanged, and a weak one as an error', () => {
    const empty = UserUpdate.parse({ ...user, password: '' });
    expect(empty.password).toBeUndefined();
    expect(UserUpdate.parse({ ...user }).password).toBeUndefined();
    expect(UserUpdate.safeParse({ ...user, password: 'aaaaaaaa' }).success).toBe(false);
  });

  test('should check a change of password against the email and the current password', () => {
    const schema = changePasswordRequest('sales@acme.test');
    const issues = (body: object) => schema.safeParse(body).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ current_password: 'old-one', new_password: 'blue-Kettle-42-river' })).toBeUndefined();
    expect(issues({ current_password: 'old-one', new_password: 'sales-blue-Kettle' })).toEqual([['new_password', 'rx.validation.password_contains_email']]);
    expect(issues({ current_password: 'blue-Kettle-42-river', new_password: 'blue-Kettle-42-river' })).toEqual([['new_password', 'rx.validation.password_unchanged']]);
    expect(issues({ current_password: '', new_password: 'aaaa' })).toEqual([
      ['current_password', 'rx.validation.required'],
      ['new_password', 'rx.validation.password_length'],
    ]);
    expect(ChangePasswordRequest.safeParse({ current_password: 'x', new_password: 'blue-Kettle-42-river' }).success).toBe(true);
  });

  test('should not apply the new-password rules to a login', () => {
    expect(LoginRequest.parse({ email: ' Sales@Acme.TEST ', password: 'short' })).toEqual({ email: 'sales@acme.test', password: 'short' });
  });

  test('should score with zxcvbn and the email as a known word', () => {
    expect(passwordScore('correct-horse-battery')).toBe(4);
    expect(passwordScore('acmepharma')).toBeGreaterThan(passwordScore('acmepharma', 'acmepharma@x.test')!);
    expect(passwordProblem('blue-Kettle-42-river', 'sales@acme.test')).toBeUndefined();
  });
});
