import type { ListQuery } from './simple-rest';

/** Chinese names in pinyin order (阿莫西林, 布洛芬, 头孢), as the stored lists sort them. */
const pinyinOrder = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true });

/**
 * simple-rest filters, sort and range applied to rows computed in memory (reports whose rows are
 * derived, not stored). Text sorts in pinyin order; rows without a value last; ties by id, so pages never overlap.
 */
export function listInMemory<T extends { id: string | number }>(all: T[], query: ListQuery): { records: T[]; total: number } {
  let rows = all;
  for (const f of query.filters) {
    rows = rows.filter((r) => {
      const v = r[f.field as keyof T] as unknown;
      if (f.op === 'in') return (f.value as unknown[]).includes(v);
      if (f.op === 'eq') return v === f.value;
      if (f.op === 'neq') return v !== f.value;
      if (typeof v !== 'number') return false;
      return f.op === 'gte' ? v >= (f.value as number) : v <= (f.value as number);
    });
  }
  const { field, order } = query.sort;
  const dir = order === 'ASC' ? 1 : -1;
  const sorted = [...rows].sort((a, b) => {
    const x = a[field as keyof T] as number | string | null | undefined;
    const y = b[field as keyof T] as number | string | null | undefined;
    // Rows without a value come last in either direction: they are not the worst nor the best.
    if (x == null || y == null) return x == null && y == null ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : x == null ? 1 : -1;
    const byValue = typeof x === 'string' && typeof y === 'string' ? pinyinOrder.compare(x, y) : x < y ? -1 : x > y ? 1 : 0;
    return (byValue || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) * dir;
  });
  return { records: sorted.slice(query.range.start, query.range.end + 1), total: sorted.length };
}
