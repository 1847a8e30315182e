import { describe, expect, test } from 'vitest';
import { catalogueFor, fillTemplate } from './message-template';

describe('fillTemplate', () => {
  const catalogue = { hello: 'Hello %{name}', rows: '%{count} row |||| %{count} rows' };

  test('should fill placeholders and keep unknown ones visible', () => {
    expect(fillTemplate(catalogue, 'hello', { name: 'Li' })).toBe('Hello Li');
    expect(fillTemplate(catalogue, 'hello')).toBe('Hello %{name}');
  });

  test('should pick the plural form by count', () => {
    expect(fillTemplate(catalogue, 'rows', { count: 1 })).toBe('1 row');
    expect(fillTemplate(catalogue, 'rows', { count: 2 })).toBe('2 rows');
    expect(fillTemplate(catalogue, 'rows', { count: 0 })).toBe('0 rows');
  });

  test('should treat inherited and unknown keys as unknown', () => {
    expect(fillTemplate(catalogue, 'constructor')).toBeUndefined();
    expect(fillTemplate(catalogue, '__proto__')).toBeUndefined();
    expect(fillTemplate(catalogue, 'missing')).toBeUndefined();
  });

  test('should choose Chinese for any zh locale', () => {
    const catalogues = { en: { hi: 'Hello' }, zh: { hi: '你好' } };
    expect(catalogueFor('zh-CN', catalogues)).toBe(catalogues.zh);
    expect(catalogueFor('en-US', catalogues)).toBe(catalogues.en);
  });
});
