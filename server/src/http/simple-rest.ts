import type { Knex } from 'knex';
import { yuanToFen } from '../../../shared/money';
import { MAX_AMOUNT_YUAN, MAX_INT32, hasControlChars } from '../../../shared/fields';
import { parseInstant } from '../../../shared/instants';
import { apiError } from './errors';
import { whereTextMatches } from '../db/text-search';

/** The one parser for ra-data-simple-rest `sort`, `range` and `filter` used by every list. */

export const MAX_PAGE_SIZE = 1000;

export type FieldType = 'string' | 'integer' | 'number' | 'money' | 'boolean' | 'date';

export interface FieldSpec {
  type: FieldType;
  /** SQL column, when it differs from `table.field`. */
  column?: string;
  /** What sorting on the field orders by, when not the column itself (a pinyin key for Chinese names). */
  sortColumn?: string;
  enum?: readonly string[];
  sortable?: boolean;
  filterable?: boolean;
  /** Unique within a tenant: sorting on it needs no id tie-break (lets the database walk its index). */
  unique?: boolean;
  /** Stored lower-case (emails): filter values are lower-cased to match. */
  lowercase?: boolean;
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

const MAX_RANGE_INDEX = 1_000_000_000;
const MAX_FILTER_TEXT = 200;
const MAX_NUMBER = 1e12;

/** Own properties only: `constructor`, `__proto__` or `toString` are never fields. */
const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

function parseJsonParam(raw: RawQuery, name: string): unknown {
  const value = own(raw, name);
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw apiError(400, 'bad_query_param', { name }, { [name]: 'Must be JSON text' });
  try {
    return JSON.parse(value);
  } catch {
    throw apiError(400, 'bad_query_json', { name }, { [name]: 'Not valid JSON' });
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
  const sort = value ?? spec.defaultSort;
  if (!Array.isArray(sort) || sort.length < 1 || sort.length > 2 || typeof sort[0] !== 'string') {
    throw apiError(400, 'bad_sort', {}, { sort: 'Must be ["field","ASC"|"DESC"]' });
  }
  const [field, order] = sort as [string, unknown];
  const fieldSpec = own(spec.fields, field);
  if (!fieldSpec || fieldSpec.sortable === false) throw apiError(400, 'unknown_sort', { field: field.slice(0, 60) }, { sort: 'Unknown sort field' });
  const upper = order === undefined ? 'ASC' : typeof order === 'string' ? order.toUpperCase() : '';
  if (upper !== 'ASC' && upper !== 'DESC') throw apiError(400, 'bad_sort_order', {}, { sort: 'Order must be ASC or DESC' });
  return { field, order: upper };
}

function parseRange(value: unknown): ListQuery['range'] {
  if (value === undefined || value === null) return { start: 0, end: MAX_PAGE_SIZE - 1 };
  const valid = Array.isArray(value) && value.length === 2
    && value.every((n) => Number.isSafeInteger(n) && n >= 0 && n <= MAX_RANGE_INDEX) && value[1] >= value[0];
  if (!valid) throw apiError(400, 'bad_range', { max: MAX_RANGE_INDEX }, { range: 'Must be [start, end]' });
  const [start, end] = value as [number, number];
  return { start, end: Math.min(end, start + MAX_PAGE_SIZE - 1) };
}

const SUFFIXES: [string, Operator][] = [['_gte', 'gte'], ['_lte', 'lte'], ['_neq', 'neq']];

function parseFilter(value: unknown, spec: ListSpec): Pick<ListQuery, 'filters' | 'q' | 'custom'> {
  const result: Pick<ListQuery, 'filters' | 'q' | 'custom'> = { filters: [], custom: {} };
  if (value === undefined || value === null) return result;
  if (typeof value !== 'object' || Array.isArray(value)) throw apiError(400, 'bad_filter', {}, { filter: 'Must be a JSON object' });
  for (const [key, raw] of Object.entries(value)) {
    if (raw === undefined) continue;
    if (key === 'q') {
      result.q = parseSearch(raw);
      continue;
    }
    const customType = own(spec.custom, key);
    if (customType) {
      result.custom[key] = raw === null ? null : coerce(raw, { type: customType }, key);
      continue;
    }
    const [field, op] = splitOperator(key, spec);
    const fieldSpec = spec.fields[field];
    if (Array.isArray(raw)) {
      if (op !== 'eq') throw apiError(400, 'filter_no_list', { field: key }, { [key]: 'Does not take a list' });
      if (raw.length > MAX_PAGE_SIZE) throw apiError(400, 'bad_filter_value', { field: key, reason: 'too many values' }, { [key]: 'Too many values' });
      result.filters.push({ field, op: 'in', value: raw.map((v) => coerce(v, fieldSpec, key)) });
    } else {
      result.filters.push({ field, op, value: raw === null ? null : coerce(raw, fieldSpec, key) });
    }
  }
  return result;
}

function parseSearch(raw: unknown): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') throw apiError(400, 'bad_filter_value', { field: 'q', reason: 'must be text' }, { q: 'Must be text' });
  const text = String(raw).trim();
  if (text.length > MAX_FILTER_TEXT || hasControlChars(text)) throw apiError(400, 'bad_filter_value', { field: 'q', reason: 'too long or has control characters' }, { q: 'Too long or has control characters' });
  return text || undefined;
}

function splitOperator(key: string, spec: ListSpec): [string, Operator] {
  const known = (f: string) => {
    const field = own(spec.fields, f);
    return !!field && field.filterable !== false;
  };
  if (known(key)) return [key, 'eq'];
  for (const [suffix, op] of SUFFIXES) {
    if (key.endsWith(suffix) && known(key.slice(0, -suffix.length))) return [key.slice(0, -suffix.length), op];
  }
  throw apiError(400, 'unknown_filter', { field: key.slice(0, 60) }, { [key.slice(0, 60)]: 'Unknown filter field' });
}

function coerce(value: unknown, spec: Pick<FieldSpec, 'type' | 'enum' | 'lowercase'>, key: string): unknown {
  const fail = (reason: string): never => {
    throw apiError(400, 'bad_filter_value', { field: key, reason }, { [key]: reason });
  };
  const toNumber = (v: unknown) => (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v);
  switch (spec.type) {
    case 'string': {
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') fail('must be text'); // a script's `true` is the text "true"
      const text = String(value);
      if (text.length > MAX_FILTER_TEXT || hasControlChars(text)) fail('too long or has control characters');
      if (spec.enum && !spec.enum.includes(text)) fail(`must be one of ${spec.enum.join(', ')}`);
      return spec.lowercase ? text.trim().toLowerCase() : text;
    }
    case 'integer': {
      const n = toNumber(value);
      if (typeof n !== 'number' || !Number.isInteger(n) || Math.abs(n) > MAX_INT32) fail('must be a whole number within ±2147483647');
      return n;
    }
    case 'number':
    case 'money': {
      const n = toNumber(value);
      if (typeof n !== 'number' || !Number.isFinite(n) || Math.abs(n) > MAX_NUMBER) fail('must be a number');
      if (spec.type === 'money' && Math.abs(n as number) > MAX_AMOUNT_YUAN) fail('must be an amount in yuan');
      return spec.type === 'money' ? yuanToFen(n as number) : n;
    }
    case 'boolean':
      if (value === true || value === 'true' || value === 1) return true;
      if (value === false || value === 'false' || value === 0) return false;
      return fail('must be true or false');
    case 'date': {
      const iso = typeof value === 'string' ? parseInstant(value) : undefined;
      if (!iso) fail('must be an ISO date between 2000 and 2100');
      return iso;
    }
  }
}

function columnOf(spec: ListSpec, field: string, table: string): string {
  return spec.fields[field].column ?? `${table}.${field}`;
}

export function sortColumnOf(spec: ListSpec, field: string, table: string): string {
  return spec.fields[field].sortColumn ?? columnOf(spec, field, table);
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
  // Case-insensitive substring over the search columns, answered from a trigram index (db/text-search.ts).
  if (query.q) whereTextMatches(qb, spec.search, query.q);
  return qb;
}

export function applySortAndRange(qb: Knex.QueryBuilder, query: ListQuery, spec: ListSpec, table: string): Knex.QueryBuilder {
  qb.orderBy(sortColumnOf(spec, query.sort.field, table), query.sort.order.toLowerCase() as 'asc' | 'desc');
  if (query.sort.field !== 'id' && !spec.fields[query.sort.field].unique) qb.orderBy(`${table}.id`, 'asc');
  return qb.offset(query.range.start).limit(query.range.end - query.range.start + 1);
}

export function contentRange(resource: string, start: number, count: number, total: number): string {
  return count === 0 ? `${resource} */${total}` : `${resource} ${start}-${start + count - 1}/${total}`;
}
