import { ApiError } from '../prices/api';

/** A price policy as GET /api/price-policies answers; money in yuan. */
export interface PolicyRecord {
  id: number;
  sku_id: number;
  sku_code: string;
  sku_name: string;
  control_price: number;
  promo_floor_price: number;
  /** A lowering by sales waiting for a manager; the values above hold until then. */
  pending_change: {
    control_price: number;
    promo_floor_price: number;
    requested_by: number;
    requested_by_email: string;
    requested_at: string;
  } | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One audit entry of a policy, newest first. */
export interface PolicyAuditEntry {
  id: number;
  at: string;
  action: 'create' | 'update' | 'delete';
  user_email: string | null;
  before: Partial<PolicyRecord> | null;
  after: (Partial<PolicyRecord> & { decision?: 'approved' | 'rejected'; decision_note?: string | null; self_approved?: boolean }) | null;
}

/** What GET /api/settings answers, as far as approvals care. */
export interface ApprovalSettings {
  require_second_approver: boolean;
  approvers_count: number;
  /** Relative change (0.2 = 20%) a price may move without a manager. */
  auto_approve_threshold: number;
  parity_tolerance: number;
  time_zone?: string;
}

async function call<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api${path}`, {
    credentials: 'include',
    method: body === undefined ? 'GET' : 'POST',
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(json.message ?? res.statusText, res.status, json.errors ?? {}, json.key);
  return json as T;
}

export const policyApi = {
  approve: (id: number, note?: string) => call<PolicyRecord>(`/price-policies/${id}/approve`, { note: note || null }),
  reject: (id: number, note: string) => call<PolicyRecord>(`/price-policies/${id}/reject`, { note }),
  history: (id: number) => call<PolicyAuditEntry[]>(`/price-policies/${id}/history`),
  settings: () => call<ApprovalSettings>('/settings'),
};
