import type { RaRecord } from 'react-admin';
import type { PromotionItemRecord, PromotionRecord } from '../promotions/types';

/** The fields of GET /api/promotions the calendar and the dashboard read. */
export type PromotionItemSummary = Pick<PromotionItemRecord, 'sku_id' | 'promo_price' | 'discount_pct' | 'stock_limit' | 'sold'>;

export type CalendarPromotion = Pick<PromotionRecord, 'id' | 'name' | 'type' | 'channel_ids' | 'start_at' | 'end_at' | 'stackable' | 'status' | 'state'>
  & Partial<Pick<PromotionRecord, 'slots' | 'created_by_name'>> & { items: PromotionItemSummary[] };

export interface CalendarChannel extends RaRecord {
  id: number;
  name: string;
  code: string;
  type: 'online' | 'offline';
  platform: string;
  audience?: 'b2c' | 'b2b' | null;
  active: boolean;
}
