import { describe, expect, test } from 'vitest';
import { pricingMessages } from './i18n';

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

const english = leaves(pricingMessages.en);
const chinese = leaves(pricingMessages.zh);
const placeholders = (text: unknown) => [...new Set([...String(text).matchAll(/%\{(\w+)\}/g)].map((m) => m[1]))].sort().join();

describe('pricing messages', () => {
  test('should have the same keys in English and Chinese', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test('should only hold non-empty strings', () => {
    const bad = [...english, ...chinese].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  test('should keep the same %{placeholders} in both languages', () => {
    const mismatched = [...english].filter(([key, text]) => placeholders(text) !== placeholders(chinese.get(key)));
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  test('should only use the namespaces the app merges', () => {
    const roots = new Set([...english.keys()].map((key) => key.split('.').slice(0, 2).join('.')));
    expect([...roots].sort()).toEqual(['resources.channel-prices', 'rx.approvals', 'rx.import', 'rx.pricing']);
  });
});
