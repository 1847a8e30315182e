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

/** Drops empty values so the server sees only real filters. */
export function serverFilter(filters: MatrixFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters)
      .map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value])
      .filter(([, value]) => value !== undefined && value !== ''),
  );
}

export function exportUrl(filters: MatrixFilters, sort: MatrixSort, view: PriceView): string {
  const params = new URLSearchParams({
    filter: JSON.stringify(serverFilter(filters)),
    sort: JSON.stringify([sort.field, sort.order]),
    view,
  });
  return `/api/price-matrix/export.xlsx?${params}`;
}
