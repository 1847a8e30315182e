import { ApiError } from '../prices/api';

/** GET a JSON answer of our API (the session cookie goes along); a refusal becomes an ApiError. */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(body.message ?? res.statusText, res.status, body.errors ?? {}, body.key);
  return body as T;
}

export interface SalesRow {
  day?: string; week?: string; month?: string; channel_id?: number; channel_type?: string; sku_id?: number; product_id?: number;
  province?: string | null; customer_type?: string; promotion_id?: number | null; flow?: string;
  qty: number; amount: number; net_amount: number; orders: number; avg_unit_price: number | null;
  prev_amount?: number; prev_qty?: number; change_pct?: number | null;
}

export interface SalesQuery {
  group_by: string[];
  filter: Record<string, unknown>;
  compare?: 'previous_period' | 'previous_year';
  /** The first N rows (by amount when there is no time dimension). */
  limit?: number;
}

export const salesReportUrl = (q: SalesQuery, format: '' | '.xlsx' = '') => {
  const params = new URLSearchParams({ group_by: q.group_by.join(','), filter: JSON.stringify(q.filter) });
  if (q.compare) params.set('compare', q.compare);
  if (q.limit) params.set('limit', String(q.limit));
  return `/api/reports/sales${format}?${params}`;
};

export const fetchSales = (q: SalesQuery) => fetchJson<SalesRow[]>(salesReportUrl(q));
