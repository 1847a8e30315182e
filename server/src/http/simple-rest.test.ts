import { describe, expect, test } from 'vitest';
import { contentRange, MAX_PAGE_SIZE, parseListQuery, type ListSpec } from './simple-rest';
import { HttpError } from './errors';

const spec: ListSpec = {
  defaultSort: ['code', 'ASC'],
  search: ['skus.code'],
  fields: {
    id: { type: 'integer' },
    code: { type: 'string' },
    scope: { type: 'string', enum: ['online', 'offline'] },
    price: { type: 'money' },
    active: { type: 'boolean' },
    at: { type: 'date' },
    hidden: { type: 'string', filterable: false, sortable: false },
  },
  custom: { in_force_at: 'date' },
};

const parse = (query: Record<string, unknown>) =>
  parseListQuery(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])), spec);

const expect400 = (query: Record<string, unknown>, field?: string) => {
  try {
    parse(query);
  } catch (err) {
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(400);
    if (field) expect((err as HttpError).errors).toHaveProperty(field);
    return;
  }
  throw new Error(`expected 400 for ${JSON.stringify(query)}`);
};

describe('simple-rest list query parsing', () => {
  test('should default sort and range', () => {
    expect(parse({})).toMatchObject({ sort: { field: 'code', order: 'ASC' }, range: { start: 0, end: MAX_PAGE_SIZE - 1 }, filters: [] });
  });

  test('should parse sort, inclusive range and cap the page size', () => {
    expect(parse({ sort: ['price', 'desc'], range: [10, 19] })).toMatchObject({ sort: { field: 'price', order: 'DESC' }, range: { start: 10, end: 19 } });
    expect(parse({ range: [0, 99999] }).range).toEqual({ start: 0, end: MAX_PAGE_SIZE - 1 });
  });

  test('should parse equality, any-of, range and not-equal filters with typed values', () => {
    const { filters, q, custom } = parse({
      filter: { q: ' amx ', id: [1, '2'], scope: 'online', price_gte: 9.9, price_lte: '20', active: 'true', at_neq: '2026-01-01', in_force_at: '2026-12-01T00:00:00Z' },
    });
    expect(q).toBe('amx');
    expect(filters).toEqual([
      { field: 'id', op: 'in', value: [1, 2] },
      { field: 'scope', op: 'eq', value: 'online' },
      { field: 'price', op: 'gte', value: 990 },
      { field: 'price', op: 'lte', value: 2000 },
      { field: 'active', op: 'eq', value: true },
      // A bare date is the start of that day in the company's time zone (Asia/Shanghai).
      { field: 'at', op: 'neq', value: '2025-12-31T16:00:00.000Z' },
    ]);
    expect(custom).toEqual({ in_force_at: '2026-12-01T00:00:00.000Z' });
  });

  test('should refuse unknown or unfilterable fields, bad values and malformed JSON', () => {
    expect400({ sort: ['nope', 'ASC'] }, 'sort');
    expect400({ sort: ['hidden', 'ASC'] }, 'sort');
    expect400({ sort: ['code', 'sideways'] });
    expect400({ filter: { org_id: 1 } }, 'org_id');
    expect400({ filter: { hidden: 'x' } }, 'hidden');
    expect400({ filter: { code_gt: 'x' } }, 'code_gt');
    expect400({ filter: { scope: 'moon' } }, 'scope');
    expect400({ filter: { id: 'one' } }, 'id');
    expect400({ filter: { active: 'maybe' } }, 'active');
    expect400({ filter: { at: 'yesterday' } }, 'at');
    expect400({ filter: { price_gte: [1, 2] } }, 'price_gte');
    expect400({ filter: '{broken' });
    expect400({ filter: [1] });
    expect400({ range: [5, 2] });
    expect400({ range: [-1, 2] });
    expect400({ range: [0] });
  });

  test('should refuse hostile sort, range and filter values with a 400, never a crash', () => {
    for (const sort of ['5', 'true', '{}', '[]', '["toString","ASC"]', '["constructor"]', '["__proto__","ASC"]', '["code","ASC","x"]', '["code",5]', 'null']) {
      const raw = { sort };
      if (sort === 'null') {
        expect(parseListQuery(raw, spec).sort.field).toBe('code');
        continue;
      }
      expect(() => parseListQuery(raw, spec), sort).toThrow(HttpError);
    }
    for (const range of ['[1e20,1e20]', '[0,1e20]', '[0.5,2]', '["0","9"]', '{}', '5']) {
      expect(() => parseListQuery({ range }, spec), range).toThrow(HttpError);
    }
    for (const filter of ['{"constructor":1}', '{"__proto__":{"a":1}}', '{"hasOwnProperty":1}', '{"valueOf_gte":1}', '{"toString_neq":1}',
      '{"id":2147483648}', '{"id":"0x10"}', '{"id":"1e3"}', '{"price_gte":1e20}', '{"code":"a\\u0000b"}', '{"q":"a\\u0000"}', '{"q":{}}',
      '{"at":"+010000-01-01T00:00:00Z"}', '{"at":"2026-02-30"}', '{"at":"1"}', '{"in_force_at":"2026-02-30"}', '{"code":"' + 'x'.repeat(201) + '"}']) {
      expect(() => parseListQuery({ filter }, spec), filter).toThrow(HttpError);
    }
    expect(() => parseListQuery({ filter: '5' }, spec)).toThrow(HttpError);
    expect(() => parseListQuery({ sort: ['code', 'ASC'] } as never, spec)).toThrow(HttpError);
  });

  test('should keep the first message for errors in the shared catalogue with a key', () => {
    try {
      parse({ filter: { nope: 1 } });
    } catch (err) {
      expect((err as HttpError).key).toBe('unknown_filter');
      expect((err as HttpError).params).toEqual({ field: 'nope' });
      return;
    }
    throw new Error('expected a 400');
  });

  test('should lower-case filter values of lower-case fields such as emails', () => {
    const emails: ListSpec = { defaultSort: ['email', 'ASC'], search: [], fields: { email: { type: 'string', lowercase: true } } };
    expect(parseListQuery({ filter: JSON.stringify({ email: ' Sales@ACME.test ' }) }, emails).filters).toEqual([{ field: 'email', op: 'eq', value: 'sales@acme.test' }]);
  });

  test('should format Content-Range', () => {
    expect(contentRange('skus', 0, 10, 25)).toBe('skus 0-9/25');
    expect(contentRange('skus', 20, 5, 25)).toBe('skus 20-24/25');
    expect(contentRange('skus', 0, 0, 0)).toBe('skus */0');
  });
});
