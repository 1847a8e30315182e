import type { Knex } from 'knex';
import { yuanToFen } from '../../../shared/money';
import { badRequest } from './errors';

/** The one parser for ra-data-simple-rest `sort`, `range` and `filter` used by every list. */

export const MAX_PAGE_SIZE = 1000;

export type FieldType = 'string' | 'integer' | 'number' | 'money' | 'boolean' | 'date';

export interface FieldSpec {
  type: FieldType;
  /** SQL column, when it differs from `table.field`. */
  column?: string;
  enum?: readonly string[];
  sortable?: boolean;
  filterable?: boolean;
  /** Unique within a tenant: sorting on it needs no id tie-break (lets the database walk its index). */
  unique?: boolean;
}

export interface ListSpec {
  fields: Record<string, FieldSpec>;
  /** Columns searched by the `q` filter (case-insensitive substring). */
  search: string[];
  defaultSort: [string, 'ASC' | 'DESC'];
  /** Filters with resource-specific meaning, handled by the service. */
  custom?: Record<string, FieldType>;
}

export type Operator = 'eq' | 'neq' | 'gte' | 'lte' | 'in';
export interface FieldFilter { field: string; op: Operator; value: unknown }
export interface ListQuery {
  sort: { field: string; order: 'ASC' | 'DESC' };
  range: { start: number; end: number };
  filters: FieldFilter[];
  q?: string;
  custom: Record<string, unknown>;
}

type RawQuery = Record<string, unknown>;

function parseJsonParam(raw: RawQuery, name: string): unknown {
  const value = raw[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw badRequest(`Query parameter "${name}" must be a JSON string`);
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(`Query parameter "${name}" is not valid JSON`);
  }
}

export function parseListQuery(raw: RawQuery, spec: ListSpec): ListQuery {
  return {
    sort: parseSort(parseJsonParam(raw, 'sort'), spec),
    range: parseRange(parseJsonParam(raw, 'range')),
    ...parseFilter(parseJsonParam(raw, 'filter'), spec),
  };
}

function parseSort(value: unknown, spec: ListSpec): ListQuery['sort'] {
  const [field, order] = (value ?? spec.defaultSort) as unknown[];
  if (!Array.isArray(value ?? spec.defaultSort) || typeof field !== 'string') {
    throw badRequest('sort must be ["field","ASC"|"DESC"]');
  }
  const fieldSpec = spec.fields[field];
  if (!fieldSpec || fieldSpec.sortable === false) throw badRequest(`Cannot sort by "${field}"`, { sort: `Unknown sort field ${field}` });
  const upper = String(order ?? 'ASC').toUpperCase();
  if (upper !== 'ASC' && upper !== 'DESC') throw badRequest('sort order must be ASC or DESC');
  return { field, order: upper };
}

function parseRange(value: unknown): ListQuery['range'] {
  if (value === undefined) return { start: 0, end: MAX_PAGE_SIZE - 1 };
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => Number.isInteger(n) && n >= 0) || value[1] < value[0]) {
    throw badRequest('range must be [start, end] with 0 ≤ start ≤ end');
  }
  const [start, end] = value as [number, number];
  return { start, end: Math.min(end, start + MAX_PAGE_SIZE - 1) };
}

const SUFFIXES: [string, Operator][] = [['_gte', 'gte'], ['_lte', 'lte'], ['_neq', 'neq']];

function parseFilter(value: unknown, spec: ListSpec): Pick<ListQuery, 'filters' | 'q' | 'custom'> {
  const result: Pick<ListQuery, 'filters' | 'q' | 'custom'> = { filters: [], custom: {} };
  if (value === undefined || value === null) return result;
  if (typeof value !== 'object' || Array.isArray(value)) throw badRequest('filter must be a JSON object');
  for (const [key, raw] of Object.entries(value)) {
    if (raw === undefined) continue;
    if (key === 'q') {
      if (typeof raw !== 'string') throw badRequest('filter q must be a string', { q: 'Must be text' });
      if (raw.trim()) result.q = raw.trim();
      continue;
    }
    if (spec.custom?.[key]) {
      result.custom[key] = coerce(raw, { type: spec.custom[key] }, key);
      continue;
    }
    const [field, op] = splitOperator(key, spec);
    const fieldSpec = spec.fields[field];
    if (Array.isArray(raw)) {
      if (op !== 'eq') throw badRequest(`Filter "${key}" does not take a list`, { [key]: 'Does not take a list' });
      result.filters.push({ field, op: 'in', value: raw.map((v) => coerce(v, fieldSpec, key)) });
    } else {
      result.filters.push({ field, op, value: raw === null ? null : coerce(raw, fieldSpec, key) });
    }
  }
  return result;
}

function splitOperator(key: string, spec: ListSpec): [string, Operator] {
  const known = (f: string) => spec.fields[f] && spec.fields[f].filterable !== false;
  if (known(key)) return [key, 'eq'];
  for (const [suffix, op] of SUFFIXES) {
    if (key.endsWith(suffix) && known(key.slice(0, -suffix.length))) return [key.slice(0, -suffix.length), op];
  }
  throw badRequest(`Unknown filter "${key}"`, { [key]: 'Unknown filter field' });
}

function coerce(value: unknown, spec: Pick<FieldSpec, 'type' | 'enum'>, key: string): unknown {
  const fail = (reason: string): never => {
    throw badRequest(`Filter "${key}": ${reason}`, { [key]: reason });
  };
  switch (spec.type) {
    case 'string': {
      if (typeof value !== 'string' && typeof value !== 'number') fail('must be text');
      const text = String(value);
      if (spec.enum && !spec.enum.includes(text)) fail(`must be one of ${spec.enum.join(', ')}`);
      return text;
    }
    case 'integer': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n)) fail('must be a whole number');
      return n;
    }
    case 'number':
    case 'money': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) fail('must be a number');
      return spec.type === 'money' ? yuanToFen(n as number) : n;
    }
    case 'boolean':
      if (value === true || value === 'true' || value === 1) return true;
      if (value === false || value === 'false' || value === 0) return false;
      return fail('must be true or false');
    case 'date': {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) fail('must be an ISO date');
      return new Date(value as string).toISOString();
    }
  }
}

function columnOf(spec: ListSpec, field: string, table: string): string {
  return spec.fields[field].column ?? `${table}.${field}`;
}

/** Applies filters and search (not sort or paging) to a query builder. */
export function applyFilters(qb: Knex.QueryBuilder, query: ListQuery, spec: ListSpec, table: string): Knex.QueryBuilder {
  for (const { field, op, value } of query.filters) {
    const column = columnOf(spec, field, table);
    if (op === 'in') {
      qb.whereIn(column, value as Knex.Value[]);
    } else if (value === null) {
      if (op === 'eq') qb.whereNull(column);
      else if (op === 'neq') qb.whereNotNull(column);
    } else {
      const operator = { eq: '=', neq: '<>', gte: '>=', lte: '<=' }[op];
      qb.where(column, operator, value as Knex.Value);
    }
  }
  if (query.q) {
    const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.where((inner) => {
      for (const column of spec.search) inner.orWhereRaw('LOWER(??) LIKE ? ESCAPE ?', [column, pattern, '\\']);
    });
  }
  return qb;
}

export function applySortAndRange(qb: Knex.QueryBuilder, query: ListQuery, spec: ListSpec, table: string): Knex.QueryBuilder {
  qb.orderBy(columnOf(spec, query.sort.field, table), query.sort.order.toLowerCase() as 'asc' | 'desc');
  if (query.sort.field !== 'id' && !spec.fields[query.sort.field].unique) qb.orderBy(`${table}.id`, 'asc');
  return qb.offset(query.range.start).limit(query.range.end - query.range.start + 1);
}

export function contentRange(resource: string, start: number, count: number, total: number): string {
  return count === 0 ? `${resource} */${total}` : `${resource} ${start}-${start + count - 1}/${total}`;
}
