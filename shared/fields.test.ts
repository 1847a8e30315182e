import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import {
  Amount, Code, Gtin13, Id, Instant, MAX_INT32, Money, OptionalText, PositiveInteger, Rate, RequiredText, Version,
  hasControlChars,
} from './fields';

/** The first message of a failed parse, or 'ok'. */
const check = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? 'ok' : result.error.issues[0].message;
};

describe('numbers at the edge', () => {
  test('should take prices from 0.01 to 10,000,000 yuan with at most two decimals', () => {
    for (const ok of [0.01, 9.9, 0.1 + 0.2, 10_000_000]) expect(check(Money, ok), String(ok)).toBe('ok');
    for (const bad of [0, -0.01, 0.001, 1.005, 10_000_000.01, 1e20, 1e300, Infinity, NaN, '9.9', null, undefined]) {
      expect(check(Money, bad), String(bad)).toBe('rx.validation.money');
    }
  });

  test('should take signed order amounts up to ten billion yuan, gifts at 0', () => {
    for (const ok of [0, -0.01, -10_000_000_000, 10_000_000_000, 123.45]) expect(check(Amount, ok), String(ok)).toBe('ok');
    for (const bad of [10_000_000_000.01, -10_000_000_000.01, 0.005, 1e300, '1', NaN]) expect(check(Amount, bad), String(bad)).toBe('rx.validation.amount');
  });

  test('should take ids, counts and versions as 32-bit whole numbers from 1', () => {
    expect(MAX_INT32).toBe(2 ** 31 - 1);
    for (const [schema, key] of [[Id, 'id'], [PositiveInteger, 'positive_integer'], [Version, 'version_required']] as const) {
      expect(check(schema, 1)).toBe('ok');
      expect(check(schema, MAX_INT32)).toBe('ok');
      for (const bad of [0, -1, 1.5, MAX_INT32 + 1, 2 ** 53, 1e20, '1', null, true]) expect(check(schema, bad), `${key} ${bad}`).toBe(`rx.validation.${key}`);
    }
  });

  test('should take rates from 0 to 1', () => {
    for (const ok of [0, 0.05, 1]) expect(check(Rate, ok)).toBe('ok');
    for (const bad of [-0.0001, 1.0001, '0.05', null]) expect(check(Rate, bad)).toBe('rx.validation.rate');
  });
});

describe('text at the edge', () => {
  test('should spot control characters, allowing line breaks and tabs only in multi-line text', () => {
    for (const c of ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f', '\u007f']) {
      expect(hasControlChars(`a${c}b`), JSON.stringify(c)).toBe(true);
      expect(hasControlChars(`a${c}b`, true), JSON.stringify(c)).toBe(true);
    }
    for (const c of ['\n', '\r', '\t']) {
      expect(hasControlChars(`a${c}b`), JSON.stringify(c)).toBe(true);
      expect(hasControlChars(`a${c}b`, true), JSON.stringify(c)).toBe(false);
    }
    expect(hasControlChars('阿莫西林 0.25g×24粒 ~')).toBe(false);
    // Half a surrogate pair is not a character; a whole pair (an emoji, a rare hanzi) is.
    expect(hasControlChars('a\ud800b')).toBe(true);
    expect(hasControlChars('a\udc00')).toBe(true);
    expect(hasControlChars('药\ud83d\udc8a𠀀')).toBe(false);
    expect(hasControlChars('')).toBe(false);
  });

  test('should trim required text and refuse empty, long or control-character text', () => {
    const Name = RequiredText(5);
    expect(Name.parse('  abc ')).toBe('abc');
    expect(check(Name, 'abcde')).toBe('ok');
    expect(check(Name, 'abcdef')).toBe('rx.validation.too_long');
    expect(check(Name, '   ')).toBe('rx.validation.required');
    expect(check(Name, undefined)).toBe('rx.validation.required');
    expect(check(Name, null)).toBe('rx.validation.required');
    expect(check(Name, 'a\u0000b')).toBe('rx.validation.control_chars');
    expect(check(Name, 'a\nb')).toBe('rx.validation.control_chars');
    expect(check(Name, 5)).not.toBe('ok');
  });

  test('should turn missing or blank optional text into null and allow lines only where asked', () => {
    const Note = OptionalText(10);
    const Notes = OptionalText(10, { multiline: true });
    expect(Note.parse(undefined)).toBeNull();
    expect(Note.parse(null)).toBeNull();
    expect(Note.parse('  ')).toBeNull();
    expect(Note.parse(' x ')).toBe('x');
    expect(check(Note, 'x'.repeat(11))).toBe('rx.validation.too_long');
    expect(check(Note, 'a\nb')).toBe('rx.validation.control_chars');
    expect(Notes.parse('a\nb\tc')).toBe('a\nb\tc');
    expect(check(Notes, 'a\u0000b')).toBe('rx.validation.control_chars');
    expect(check(Note, 12)).toBe('rx.validation.text');
    expect(check(Note, { a: 1 })).toBe('rx.validation.text');
  });

  test('should take codes of letters, digits, dot, dash and underscore up to 40', () => {
    expect(Code.parse(' AMX-12_b.3 ')).toBe('AMX-12_b.3');
    expect(check(Code, 'x'.repeat(40))).toBe('ok');
    expect(check(Code, 'x'.repeat(41))).toBe('rx.validation.too_long');
    expect(check(Code, '')).toBe('rx.validation.required');
    expect(check(Code, undefined)).toBe('rx.validation.required');
    for (const bad of ['A B', '阿莫', 'a/b', 'a\u0000', '=1+1']) expect(check(Code, bad), bad).toBe('rx.validation.code_format');
  });

  test('should check GTIN-13 format before the check digit', () => {
    expect(Gtin13.parse(' 6901234500011 ')).toBe('6901234500011');
    expect(check(Gtin13, '6901234500012')).toBe('rx.validation.gtin_check_digit');
    expect(check(Gtin13, '690123450001')).toBe('rx.validation.gtin_format');
    expect(check(Gtin13, '69012345000A1')).toBe('rx.validation.gtin_format');
    expect(check(Gtin13, 6901234500011)).toBe('rx.validation.gtin_format');
    expect(Gtin13.parse('06901234500011')).toBe('6901234500011'); // a unit's GTIN-14
    expect(check(Gtin13, '16901234500018')).toBe('rx.validation.gtin_format');
    expect(check(Gtin13, '06901234500012')).toBe('rx.validation.gtin_check_digit');
  });
});

describe('instants at the edge', () => {
  test('should turn ISO text into a UTC instant, a bare date at midnight in China', () => {
    expect(Instant.parse('2030-05-01')).toBe('2030-04-30T16:00:00.000Z');
    expect(Instant.parse('2030-05-01T08:30:00+08:00')).toBe('2030-05-01T00:30:00.000Z');
    expect(Instant.parse('2030-05-01T00:00:00Z')).toBe('2030-05-01T00:00:00.000Z');
  });

  test('should refuse what is not a real date in 2000-2100, and anything long', () => {
    for (const bad of ['2026-02-30', '1', 'soon', '+010000-01-01T00:00:00Z', '1999-12-31', '2101-01-01', '', `2030-01-01${' '.repeat(40)}`, 20300101, null]) {
      expect(check(Instant, bad), String(bad)).toBe('rx.validation.date');
    }
  });
});
