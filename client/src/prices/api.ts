import type { DraftChange } from './types';

/** An API answer other than 2xx: the server's message, status, per-field errors and message key. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: Record<string, string> = {},
    readonly key?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const json = typeof init.body === 'string';
  const res = await fetch(`/api${path}`, {
    credentials: 'include',
    ...init,
    headers: { Accept: 'application/json', ...(json ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(body.message ?? res.statusText, res.status, body.errors ?? {}, body.key);
  return body as T;
}

const post = <T>(path: string, body: unknown, headers: Record<string, string> = {}) =>
  request<T>(path, { method: 'POST', body: JSON.stringify(body ?? {}), headers });

/** A random key for one user action; getRandomValues works on plain-http intranet hosts too. */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface BatchResult {
  created: number;
  approved: number;
  pending: number;
  ids: number[];
}

export type ImportLayout = 'long' | 'wide';

/** Long: a row per SKU and channel. Wide: the matrix export, a row per SKU and a column per channel. */
export interface ImportMapping {
  layout: ImportLayout;
  sku: string;
  channel: string;
  price: string;
  /** Wide: the columns that hold prices, each headed by a channel's name or code. */
  channel_columns: string[];
  effective_from: string | null;
  default_effective_from?: string | null;
  reason?: string | null;
}

/** What the import endpoints receive: only the columns of the chosen layout. */
export type ImportMappingBody = Omit<ImportMapping, 'channel' | 'price' | 'channel_columns'> & {
  channel: string | null; price: string | null; channel_columns: string[] | null;
};

export interface ImportUpload {
  id: number;
  headers: string[];
  sample: string[][];
  total_rows: number;
  suggested_mapping: Record<'sku' | 'channel' | 'price' | 'effective_from', string | null> & { layout: ImportLayout; channel_columns: string[] };
}

export interface ImportRowError {
  row: number;
  field: string;
  /** Message key and params, shown in the user's language; `message` is the English fallback. */
  key?: string;
  params?: Record<string, string | number>;
  message: string;
}

export interface ImportPreview {
  layout: ImportLayout;
  total_rows: number;
  valid_rows: number;
  invalid_rows: number;
  /** Prices the import would request; cells equal to the price in force change nothing. */
  changes: number;
  unchanged: number;
  errors: ImportRowError[];
  preview: {
    row: number; sku_code: string; channel_code: string; channel_name: string; price: number; current_price: number | null; effective_from: string;
  }[];
}

export interface ImportCommit {
  created: number;
  skipped: number;
  approved: number;
  pending: number;
}

export type ImportStatus = 'uploading' | 'uploaded' | 'committing' | 'committed' | 'failed' | 'expired';

export interface ImportJob {
  id: number;
  file_name: string;
  status: ImportStatus;
  total_rows: number;
  processed_rows: number;
  created_rows: number;
  skipped_rows: number;
  failed_rows: number;
  approved_rows: number;
  pending_rows: number;
  created_at: string;
  /** While a commit runs: when its lease ends unless renewed (a crashed commit lets it run out). */
  claimed_until?: string | null;
  /** The mapping the commit started with; a resumed commit keeps it. */
  mapping?: ImportMappingBody | null;
}

/** One row of the import list. */
export interface ImportListItem extends Omit<ImportJob, 'claimed_until' | 'mapping'> {
  created_by_name: string | null;
}

/** The counts an import answered with, read back from the job (for a commit another request finished). */
export const commitOf = (job: ImportJob): ImportCommit => ({
  created: job.created_rows,
  skipped: job.skipped_rows,
  approved: job.approved_rows,
  pending: job.pending_rows,
});

/** Endpoints beyond ra-data-simple-rest; the session cookie carries auth. */
export const pricingApi = {
  /** The same key on a retry or double-click makes the server answer once and write once. */
  submitBatch: (effective_from: string, reason: string, changes: DraftChange[], idempotencyKey: string) =>
    post<BatchResult>('/channel-prices/batch', {
      effective_from,
      reason: reason || null,
      changes: changes.map(({ sku_id, channel_id, price }) => ({ sku_id, channel_id, price })),
    }, { 'Idempotency-Key': idempotencyKey }),
  approve: (id: number, note?: string) => post<unknown>(`/channel-prices/${id}/approve`, { note: note || null }),
  reject: (id: number, note: string) => post<unknown>(`/channel-prices/${id}/reject`, { note }),
  uploadImport(file: File) {
    const form = new FormData();
    form.append('file', file);
    return request<ImportUpload>('/price-imports', { method: 'POST', body: form });
  },
  previewImport: (id: number, mapping: ImportMappingBody) => post<ImportPreview>(`/price-imports/${id}/preview`, mapping),
  commitImport: (id: number, mapping: ImportMappingBody) => post<ImportCommit>(`/price-imports/${id}/commit`, mapping),
  getImport: (id: number) => request<ImportJob>(`/price-imports/${id}`),
  templateUrl: (layout: ImportLayout) => `/api/price-imports/template.xlsx?layout=${layout}`,
  errorsUrl: (id: number) => `/api/price-imports/${id}/errors.xlsx`,
};
