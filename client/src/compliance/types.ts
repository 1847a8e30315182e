import type { OperatedBy, ViolationKind } from '../../../shared/compliance';

/** GET /api/compliance/summary (docs/compliance-api.md); rates are percentages, null without observations. */
export interface ComplianceSummary {
  weeks: number;
  /** Monday of the first week shown, and of this week, in the company's calendar. */
  from: string;
  week_start: string;
  open_by_kind: Partial<Record<ViolationKind, number>>;
  open_total: number;
  new_this_week: number;
  resolved_this_week: number;
  compliance_rate: number | null;
  observations: number;
  channels: { channel_id: number; name: string; operated_by: OperatedBy; observations: number; compliant: number; rate: number | null }[];
  unauthorized_sellers: number;
  unreviewed_sellers: number;
  trend: { week: string; channel_id: number; rate: number | null; observations: number }[];
  top_skus: { sku_id: number; code: string; name: string; open: number }[];
  top_sellers: { seller_id: number; name: string; channel_name: string; open: number }[];
}

/** POST /api/compliance/reevaluate */
export interface ReevaluateResult { evaluated: number; opened: number; resolved: number; ms: number }
