import type { SalesImportField, SalesImportKind, SalesImportStatus, ValueField } from '../../../shared/sales-import';
import { ApiError } from '../prices/api';

export interface RowError { row: number; field: string; key?: string; params?: Record<string, string | number>; message: string }

export interface SalesImportJob {
  id: number;
  kind: SalesImportKind;
  channel_id: number;
  file_name: string;
  status: SalesImportStatus;
  total_rows: number;
  processed_rows: number;
  created: number;
  updated: number;
  unchanged: number;
  replaced: number;
  failed_rows: number;
  row_errors: RowError[];
  headers: string[];
  mapping: SalesImportBody | null;
  period: null | {
    from: string; to: string; stale_orders: number; existing_orders: number; existing_amount: number; file_orders: number; file_amount: number;
  };
  error: null | { key: string; params: Record<string, string | number> };
}

export type ColumnMapping = Partial<Record<SalesImportField, string | null>>;
export type ValueMapping = Partial<Record<ValueField, Record<string, string>>>;

export interface SalesImportBody { mapping: ColumnMapping; values?: ValueMapping; replace_period?: boolean }

export interface SalesImportUpload extends SalesImportJob {
  sample: string[][];
  suggested_mapping: ColumnMapping;
  suggested_values: ValueMapping;
  mapping_source: 'saved' | 'guessed';
}

/** A line of a sales file as it will be stored. */
export interface SalesPreviewLine {
  row: number; order_no: string | null; ordered_at: string; status: string; customer_name: string | null; customer_type: string;
  province: string | null; city: string | null; sku_code: string | null; sku_name: string | null; qty: number; unit_price: number; amount: number;
}

/** A line of a price-watch sheet as it will be stored (price in yuan; a record id made from the content when the sheet has none). */
export interface ObservationPreviewLine {
  row: number; observed_at: string; sku_id: number; sku_code: string | null; sku_name: string | null; price: number;
  store_name: string | null; shop_id: string | null; url: string | null; external_id: string | null;
}

export interface SalesImportPreview<Line = SalesPreviewLine> {
  total_rows: number;
  checked_rows: number;
  valid_rows: number;
  invalid_rows: number;
  /** Sales files only. */
  checked_amount?: number;
  errors: RowError[];
  unknown_values: { field: ValueField; value: string; count: number }[];
  preview: Line[];
}

/** The check of any kind of file: its lines are read by the kind (see PreviewStep). */
export type AnyImportPreview = SalesImportPreview<SalesPreviewLine> | SalesImportPreview<ObservationPreviewLine>;

/** Where a kind of file is imported: sales files under /api/sales-imports, price-watch sheets under /api/observation-imports. */
export type ImportBase = '/api/sales-imports' | '/api/observation-imports';

/**
 * The import endpoints under `base`, as JSON; a refusal becomes an ApiError carrying the message
 * key and its params. Both bases share the upload → preview → commit → follow flow.
 */
export function importApi(base: ImportBase) {
  const request = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const json = typeof init.body === 'string';
    const res = await fetch(`${base}${path}`, {
      credentials: 'include',
      ...init,
      headers: { Accept: 'application/json', ...(json ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new ApiError(body.message ?? res.statusText, res.status, body.errors ?? {}, body.key, body.params);
    return body as T;
  };
  return {
    base,
    upload(kind: SalesImportKind, channelId: number, file: File) {
      const form = new FormData();
      form.append('kind', kind);
      form.append('channel_id', String(channelId));
      form.append('file', file);
      return request<SalesImportUpload>('', { method: 'POST', body: form });
    },
    preview: (id: number, body: SalesImportBody) => request<AnyImportPreview>(`/${id}/preview`, { method: 'POST', body: JSON.stringify(body) }),
    commit: (id: number, body: SalesImportBody) => request<SalesImportJob>(`/${id}/commit`, { method: 'POST', body: JSON.stringify(body) }),
    get: (id: number) => request<SalesImportJob>(`/${id}`),
    errorsUrl: (id: number) => `${base}/${id}/errors.xlsx`,
  };
}

export type ImportApi = ReturnType<typeof importApi>;

export const salesImportApi = importApi('/api/sales-imports');
export const observationImportApi = importApi('/api/observation-imports');
