import { describe, expect, test } from 'vitest';
import { renderServerMessage, serverMessages } from './server-messages';

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('server messages', () => {
  test('should have every English key in Chinese with the same placeholders', () => {
    const zh = serverMessages.zh as Record<string, string>;
    for (const [key, text] of Object.entries(serverMessages.en)) {
      expect(zh[key], key).toBeTypeOf('string');
      expect(placeholders(zh[key]), key).toEqual(placeholders(text));
    }
    expect(Object.keys(zh).sort()).toEqual(Object.keys(serverMessages.en).sort());
  });

  test('should render params in the reader language', () => {
    expect(renderServerMessage('en', 'unknown_filter', { field: 'org_id' })).toBe('Unknown filter "org_id"');
    expect(renderServerMessage('zh-CN', 'unknown_filter', { field: 'org_id' })).toBe('未知的筛选条件“org_id”');
    expect(renderServerMessage('en', 'no_such_key')).toBeUndefined();
  });
});
