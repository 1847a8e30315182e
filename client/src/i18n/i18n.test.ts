import { describe, expect, test } from 'vitest';
import { en } from './en';
import { zh } from './zh';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { pluralRules } from './merge';

type Tree = { [key: string]: unknown };

function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    if (value !== null && typeof value === 'object') {
      for (const [path, leaf] of leaves(value as Tree, `${prefix}${key}.`)) out.set(path, leaf);
    } else {
      out.set(`${prefix}${key}`, value);
    }
  }
  return out;
}

/** `ra.boolean.null` is a single space on purpose in both languages. */
const isText = (key: string, value: unknown) =>
  typeof value === 'string' && (value.trim() !== '' || key === 'ra.boolean.null');
// A set: plural forms (a ||||-separated list) repeat the same placeholder, Chinese has one form.
const placeholders = (text: string) => [...new Set([...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]))].sort();
const english = leaves(en as Tree);
const chinese = leaves(zh as Tree);

describe('i18n catalogues', () => {
  test('should include react-admin messages in both languages', () => {
    expect(english.get('ra.action.save')).toBe('Save');
    expect(chinese.get('ra.action.save')).toBe('保存');
    expect(english.size).toBeGreaterThan(300);
  });

  test('should translate every English key into Chinese', () => {
    const missing = [...english.keys()].filter((key) => !isText(key, chinese.get(key)));
    expect(missing).toEqual([]);
  });

  test('should have no Chinese key that English lacks', () => {
    // react-admin's Chinese pack carries one obsolete key of its own
    const extra = [...chinese.keys()].filter((key) => key !== 'ra.navigation.prev' && !isText(key, english.get(key)));
    expect(extra).toEqual([]);
  });

  test('should show the count in Chinese plurals (one form: never "选中1项" for two rows)', () => {
    const polyglot = { t: polyglotI18nProvider(() => zh, 'zh', [], { pluralRules }).translate };
    expect(polyglot.t('ra.action.bulk_actions', { smart_count: 2 })).toBe('选中2项');
    expect(polyglot.t('ra.action.bulk_actions', { smart_count: 1 })).toBe('选中1项');
    expect(polyglot.t('ra.message.bulk_delete_content', { smart_count: 3, name: 'SKU' })).toContain('3');
  });

  test('should only hold non-empty strings', () => {
    const bad = [...english, ...chinese].filter(([key, value]) => !isText(key, value)).map(([key]) => key);
    expect(bad).toEqual([]);
  });

  test('should keep the same %{placeholders} in both languages', () => {
    const mismatched = [...english.entries()].filter(
      ([key, value]) => placeholders(String(value)).join() !== placeholders(String(chinese.get(key) ?? '')).join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});
