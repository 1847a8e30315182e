import type { RaRecord } from 'react-admin';
import type { PromotionApprovalReason, PromotionState, PromotionStatus, PromotionType, Recurrence, Rounding, Tier, TimeWindow } from '../../../shared/promotions';

/** One SKU of a promotion as the API answers (money in yuan); `sold` is read-only. */
export interface PromotionItemRecord {
  sku_id: number;
  promo_price: number | null;
  /** 20 means 20% off. */
  discount_pct: number | null;
  stock_limit: number | null;
  sold: number;
  per_customer_limit: number | null;
  per_order_limit: number | null;
  group_size: number | null;
  group_window_hours: number | null;
  leader_price: number | null;
  auto_fill_pct: number | null;
  tiers: Tier[] | null;
}

/** GET /api/promotions/:id; `state` is derived by the server's clock. */
export interface PromotionRecord extends RaRecord {
  id: number;
  name: string;
  type: PromotionType;
  channel_ids: number[];
  start_at: string;
  end_at: string;
  stackable: boolean;
  budget: number | null;
  description: string | null;
  slots: TimeWindow[];
  warmup_hours: number | null;
  recurrence: Recurrence | null;
  rounding: Rounding;
  status: PromotionStatus;
  state: PromotionState;
  approval_reason: PromotionApprovalReason | null;
  created_by: number | null;
  created_by_name: string | null;
  submitted_by: number | null;
  submitted_by_name: string | null;
  submitted_at: string | null;
  decided_by: number | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string | null;
  duplicated_from: number | null;
  version: number;
  created_at: string;
  updated_at: string;
  items: PromotionItemRecord[];
}

/** What the promotion screens need of a channel. */
export interface ChannelInfo {
  id: number;
  name: string;
  code: string;
  audience: 'b2c' | 'b2b';
  active: boolean;
}

/** What the promotion screens need of a SKU (with its product's Rx class once known). */
export interface SkuInfo {
  id: number;
  code: string;
  name: string;
  gtin: string | null;
  product_id: number;
  status: string;
  guide_price: number;
}
