import type { RaRecord } from 'react-admin';
import type { ComplaintGround, Severity, ViolationKind, ViolationStatus } from '../../../shared/compliance';

export type ViolationEventKind =
  | 'opened' | 'occurrence' | 'acknowledged' | 'resolved' | 'auto_resolved' | 'waived' | 'reopened' | 'assigned' | 'comment' | 'grounds';

export interface ViolationEvent {
  id: number;
  at: string;
  kind: ViolationEventKind;
  user_name: string | null;
  note: string | null;
  /** Yuan: the price seen at an occurrence. */
  actual: number | null;
  observation_id: number | null;
  /** Of the observation behind an occurrence: the store page, the store's name and the evidence file. */
  url?: string | null;
  store_name?: string | null;
  evidence_id?: number | null;
  evidence_type?: string | null;
}

/** GET /api/violations and /:id (docs/compliance-api.md); money in yuan. */
export interface ViolationRecord extends RaRecord<number> {
  kind: ViolationKind;
  sku_id: number;
  channel_id: number;
  seller_id: number | null;
  promotion_id: number | null;
  origin: 'observation' | 'in_force';
  expected: number | null;
  actual: number | null;
  gap_pct: number | null;
  severity: Severity;
  occurrences: number;
  status: ViolationStatus;
  assignee_id: number | null;
  grounds: ComplaintGround[] | null;
  first_seen_at: string;
  last_seen_at: string;
  closed_at: string | null;
  resolution: 'auto' | 'manual' | null;
  waive_reason: string | null;
  version: number;
  sku_code: string;
  sku_name: string;
  channel_name: string;
  seller_name: string | null;
  assignee_name: string | null;
  /** Newest first (GET /:id only). */
  events?: ViolationEvent[];
}

/** `POST /api/violations/bulk/...` answers which ids changed and why the others did not. */
export interface BulkResult {
  updated: number[];
  skipped: { id: number; reason: string; key?: string }[];
}
