import type { RaRecord } from 'react-admin';
import type { ChannelScope, ChannelType } from '../../../shared/enums';

/** One SKU × channel cell of GET /api/price-matrix; money in yuan. */
export interface MatrixCell {
  price: number | null;
  unit_price: number | null;
  effective_from: string | null;
  pending: { id: number; price: number; effective_from: string } | null;
  scheduled: { price: number; effective_from: string } | null;
}

export interface MatrixRow {
  id: number;
  code: string;
  name: string;
  pack_desc: string;
  units_per_pack: number;
  unit: string;
  channel_scope: ChannelScope;
  guide_price: number;
  control_price: number | null;
  promo_floor_price: number | null;
  /** The SKU's price policy (none yet: null), edited in place; a lowering waiting for a manager. */
  policy_id: number | null;
  policy_version: number | null;
  policy_pending: { control_price: number; promo_floor_price: number } | null;
  product_id: number;
  generic_name: string;
  brand_name: string | null;
  rx_class: string;
  status: string;
  parity_breach: boolean;
  cells: Record<string, MatrixCell>;
}

export interface MatrixChannel {
  id: number;
  name: string;
  code: string;
  type: ChannelType;
}

export type PriceView = 'box' | 'unit';

/** Filters the matrix endpoint accepts; unknown ones are a 400, so only these are sent. */
export interface MatrixFilters {
  q?: string;
  channel_scope?: string;
  status?: string;
  rx_class?: string;
  /** `any`, `parity` or `below_control`: only SKUs in breach. */
  breaches?: string;
  /** Drill-down from the compliance report: one product's or one SKU's rows. */
  product_id?: string;
  id?: string;
  /** YYYY-MM-DD: prices in force at the start of that day (company time) instead of now; read-only. */
  as_of?: string;
}

/** A row of GET /api/channel-prices. */
export interface PriceRecord extends RaRecord {
  id: number;
  sku_id: number;
  channel_id: number;
  price: number;
  unit_price: number;
  effective_from: string;
  effective_to: string | null;
  /** Where the price really stops: its own end or the next approved price's start in its cell. */
  effective_end?: string | null;
  /** `correction`: a past period set right, kept beside the original. */
  kind?: 'price' | 'correction';
  corrects_id?: number | null;
  status: 'draft' | 'pending' | 'approved' | 'rejected' | 'withdrawn';
  approval_reason: string | null;
  requested_by: number | null;
  requester_email: string | null;
  requester_name?: string | null;
  approver_name?: string | null;
  approved_by: number | null;
  approver_email: string | null;
  decided_at: string | null;
  reason: string | null;
  decision_note: string | null;
  current_price: number | null;
  control_price: number | null;
  sku_code: string;
  sku_name: string;
  channel_name: string;
  channel_type: ChannelType;
  units_per_pack: number;
  created_at: string;
}

/** A price typed into the matrix but not yet submitted. */
export interface DraftChange {
  sku_id: number;
  channel_id: number;
  price: number;
  sku_code: string;
  channel_name: string;
  current_price: number | null;
  control_price: number | null;
}
