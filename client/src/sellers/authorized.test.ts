import { describe, expect, test } from 'vitest';
import { AUTHORIZED_CHOICES, authorizedChoice, authorizedFilter, authorizedValue } from './authorized';

describe('authorized tri-state', () => {
  test('should name the three states of a seller', () => {
    expect(authorizedChoice(true)).toBe('authorized');
    expect(authorizedChoice(false)).toBe('unauthorized');
    expect(authorizedChoice(null)).toBe('unreviewed');
    expect(authorizedChoice(undefined)).toBe('unreviewed');
  });

  test('should keep a choice that is already one (a form re-formatting its own value)', () => {
    for (const choice of AUTHORIZED_CHOICES) expect(authorizedChoice(choice)).toBe(choice);
  });

  test('should read the list filter back (a filter in the address)', () => {
    for (const choice of AUTHORIZED_CHOICES) expect(authorizedChoice(authorizedFilter(choice))).toBe(choice);
  });

  test('should turn each choice back into the value it came from', () => {
    for (const value of [true, false, null]) expect(authorizedValue(authorizedChoice(value))).toBe(value);
    expect(authorizedValue('')).toBeNull();
    expect(authorizedValue(undefined)).toBeNull();
  });

  test('should filter the list the way the API reads it', () => {
    expect(authorizedFilter('authorized')).toBe('true');
    expect(authorizedFilter('unauthorized')).toBe('false');
    expect(authorizedFilter('unreviewed')).toBe('unreviewed');
    expect(authorizedFilter('')).toBeUndefined();
    expect(authorizedFilter(undefined)).toBeUndefined();
  });
});
