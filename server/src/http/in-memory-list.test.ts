import { describe, expect, test } from 'vitest';
import { listInMemory } from './in-memory-list';
import type { ListQuery } from './simple-rest';

const query = (field: string, order: 'ASC' | 'DESC', range = { start: 0, end: 9 }): ListQuery =>
  ({ sort: { field, order }, range, filters: [], custom: {}, q: undefined } as unknown as ListQuery);

const rows = [
  { id: 1, name: '头孢克肟片', gap: 3 },
  { id: 2, name: '阿莫西林胶囊', gap: 1 },
  { id: 3, name: '布洛芬缓释胶囊', gap: 3 },
  { id: 4, name: '阿莫西林胶囊', gap: 2 },
];

describe('in-memory lists (reports)', () => {
  test('should sort Chinese text in pinyin order with ties by id', () => {
    expect(listInMemory(rows, query('name', 'ASC')).records.map((r) => r.id)).toEqual([2, 4, 3, 1]);
    expect(listInMemory(rows, query('name', 'DESC')).records.map((r) => r.id)).toEqual([1, 3, 4, 2]);
  });

  test('should put rows without a value last in either direction', () => {
    const gaps = [{ id: 1, gap: null }, { id: 2, gap: -0.3 }, { id: 3, gap: 0.1 }, { id: 4, gap: null }];
    expect(listInMemory(gaps, query('gap', 'ASC')).records.map((r) => r.id)).toEqual([2, 3, 1, 4]);
    expect(listInMemory(gaps, query('gap', 'DESC')).records.map((r) => r.id)).toEqual([3, 2, 1, 4]);
  });

  test('should sort numbers by value and page without overlap', () => {
    expect(listInMemory(rows, query('gap', 'ASC')).records.map((r) => r.id)).toEqual([2, 4, 1, 3]);
    const first = listInMemory(rows, query('gap', 'ASC', { start: 0, end: 1 }));
    const second = listInMemory(rows, query('gap', 'ASC', { start: 2, end: 3 }));
    expect([...first.records, ...second.records].map((r) => r.id)).toEqual([2, 4, 1, 3]);
    expect(first.total).toBe(4);
  });
});
