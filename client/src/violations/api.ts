import type { Identifier } from 'react-admin';
import { ApiError } from '../prices/api';
import type { BulkResult, ViolationRecord } from './types';

async function post<T>(path: string, body: unknown = {}): Promise<T> {
  const res = await fetch(`/api/violations${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(answer.message ?? res.statusText, res.status, answer.errors ?? {}, answer.key, answer.params);
  return answer as T;
}

export type BulkAction = 'acknowledge' | 'resolve' | 'waive' | 'assign';

const ids = (list: readonly Identifier[]) => list.map(Number);

/** The violation workflow beyond simple-rest (managers and admins). */
export const violationApi = {
  acknowledge: (id: number, note?: string) => post<ViolationRecord>(`/${id}/acknowledge`, note ? { note } : {}),
  resolve: (id: number, note?: string) => post<ViolationRecord>(`/${id}/resolve`, note ? { note } : {}),
  waive: (id: number, reason: string) => post<ViolationRecord>(`/${id}/waive`, { reason }),
  assign: (id: number, userId: number | null) => post<ViolationRecord>(`/${id}/assign`, { user_id: userId }),
  comment: (id: number, note: string) => post<ViolationRecord>(`/${id}/comments`, { note }),
  grounds: (id: number, grounds: string[]) => post<ViolationRecord>(`/${id}/grounds`, { grounds }),
  bulk: (action: BulkAction, list: readonly Identifier[], extra: { reason?: string; user_id?: number | null } = {}) =>
    post<BulkResult>(`/bulk/${action}`, { ids: ids(list), ...extra }),
};

/** `GET /api/violations/export` for the list's current filter (empty values left out, as the list does). */
export function exportUrl(filter: Record<string, unknown>): string {
  const kept = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  return `/api/violations/export?${new URLSearchParams({ filter: JSON.stringify(kept) })}`;
}

/** The file name the server gave (`filename*=UTF-8''…` or `filename="…"`), else `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/** Downloads the XLSX of the filtered violations with the session cookie; a refusal throws an ApiError. */
export async function downloadExport(filter: Record<string, unknown>): Promise<void> {
  const res = await fetch(exportUrl(filter), { credentials: 'include' });
  if (!res.ok) {
    const body = await res.json().catch(() => ({}));
    throw new ApiError(body.message ?? res.statusText, res.status, body.errors ?? {}, body.key, body.params);
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href, download: fileNameOf(res.headers.get('Content-Disposition'), 'violations.xlsx') });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
