import { ApiError } from '../prices/api';
import { fetchJson } from '../sales/api';
import type { ComplianceSummary, ReevaluateResult } from './types';

export const SUMMARY_WEEKS = 13;

export const fetchSummary = (weeks = SUMMARY_WEEKS) => fetchJson<ComplianceSummary>(`/api/compliance/summary?weeks=${weeks}`);

/** Re-evaluates prices in force and the latest observation of every SKU, channel and seller (managers, admins). */
export async function reevaluate(): Promise<ReevaluateResult> {
  const res = await fetch('/api/compliance/reevaluate', {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: '{}',
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(body.message ?? res.statusText, res.status, body.errors ?? {}, body.key, body.params);
  return body as ReevaluateResult;
}
