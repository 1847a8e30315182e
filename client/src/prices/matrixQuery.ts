import type { MatrixFilters, PriceView } from './types';

/** Fields GET /api/price-matrix sorts by; any other is a 400. */
export const SORTABLE_FIELDS = [
  'code', 'name', 'pack_desc', 'units_per_pack', 'guide_price', 'control_price', 'generic_name', 'status', 'channel_scope',
] as const;

export interface MatrixSort {
  field: string;
  order: 'ASC' | 'DESC';
}

export const DEFAULT_SORT: MatrixSort = { field: 'code', order: 'ASC' };

/** The grid's sort model → the one server sort (first sortable column), else by code. */
export function serverSort(sortModel: readonly { colId: string; sort: 'asc' | 'desc' }[]): MatrixSort {
  const first = sortModel.find((s) => (SORTABLE_FIELDS as readonly string[]).includes(s.colId));
  return first ? { field: first.colId, order: first.sort === 'desc' ? 'DESC' : 'ASC' } : DEFAULT_SORT;
}

const ID_FILTERS = new Set(['id', 'product_id']);

/** Drops empty values so the server sees only real filters; ids go as numbers. */
export function serverFilter(filters: MatrixFilters): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(filters)
      .map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value])
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, ID_FILTERS.has(key as string) ? Number(value) : value]),
  );
}

/** Filters a link may set: `#/price-matrix?breaches=parity&product_id=12` (the compliance report's drill-down). */
export function filtersFromUrl(params: URLSearchParams): MatrixFilters {
  const filters: MatrixFilters = {};
  const breaches = params.get('breaches');
  if (breaches && ['any', 'parity', 'below_control'].includes(breaches)) filters.breaches = breaches;
  for (const key of ['product_id', 'id'] as const) {
    const value = params.get(key);
    if (value && /^[1-9]\d{0,9}$/.test(value)) filters[key] = value;
  }
  const q = params.get('q');
  if (q) filters.q = q.slice(0, 100);
  return filters;
}

export function exportUrl(filters: MatrixFilters, sort: MatrixSort, view: PriceView): string {
  const params = new URLSearchParams({
    filter: JSON.stringify(serverFilter(filters)),
    sort: JSON.stringify([sort.field, sort.order]),
    view,
  });
  return `/api/price-matrix/export.xlsx?${params}`;
}

/** Columns with a number filter in the grid; the server takes them as `field`, `field_gte`, `field_lte`. */
export const NUMBER_FILTER_FIELDS = ['units_per_pack', 'control_price', 'guide_price'] as const;

interface NumberFilterModel { type?: string; filter?: number | null; filterTo?: number | null }

/** AG Grid's number column filters → simple-rest filters (box prices in yuan, as the API speaks). */
export function columnFilters(filterModel: Record<string, unknown> | null | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [field, raw] of Object.entries(filterModel ?? {})) {
    if (!(NUMBER_FILTER_FIELDS as readonly string[]).includes(field)) continue;
    const { type, filter, filterTo } = raw as NumberFilterModel;
    if (filter == null) continue;
    if (type === 'equals') out[field] = filter;
    else if (type === 'greaterThanOrEqual') out[`${field}_gte`] = filter;
    else if (type === 'lessThanOrEqual') out[`${field}_lte`] = filter;
    else if (type === 'inRange' && filterTo != null) {
      out[`${field}_gte`] = Math.min(filter, filterTo);
      out[`${field}_lte`] = Math.max(filter, filterTo);
    }
  }
  return out;
}
