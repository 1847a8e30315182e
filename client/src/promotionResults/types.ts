import type { PromotionRecord } from '../promotions/types';
import type { PromotionState } from '../../../shared/promotions';

/** One day of the lift series: sales of the promotion's SKUs on its channels (every order), in yuan. */
export interface LiftDay {
  day: string;
  period: 'before' | 'during';
  qty: number;
  amount: number;
}

export interface ItemResult {
  sku_id: number;
  stock_limit: number | null;
  /** The engine's stock counter (what the limit is measured against). */
  sold: number;
  sell_through_pct: number | null;
  units: number;
  revenue: number;
}

/** `GET /api/promotions/:id/results`; money in yuan, percentages as 42.6 for 42.6%. */
export interface PromotionResults {
  id: number;
  state: PromotionState;
  units: number;
  revenue: number;
  orders: number;
  buyers: number;
  /** Group-buy units in orders still waiting for their group. */
  held_units: number;
  discount_given: number;
  budget: number | null;
  budget_used_pct: number | null;
  items: ItemResult[];
  groups: { opened: number; open: number; succeeded: number; failed: number; success_rate_pct: number | null };
  lift: {
    baseline_days: number;
    before_daily_amount: number | null;
    during_daily_amount: number | null;
    lift_pct: number | null;
    series: LiftDay[];
  };
}

/** What the results page needs of `GET /api/promotions/:id`. */
export type PromotionSummary = Pick<PromotionRecord, 'id' | 'name' | 'type' | 'channel_ids' | 'start_at' | 'end_at' | 'state' | 'budget'> & { items: { sku_id: number }[] };
