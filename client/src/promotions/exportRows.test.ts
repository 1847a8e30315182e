import { describe, expect, test } from 'vitest';
import { promotionExportRows } from './exportRows';
import type { PromotionRecord } from './types';

const promotion = (patch: Partial<PromotionRecord>): PromotionRecord => ({
  id: 1, name: '双11 秒杀', type: 'flash_sale', channel_ids: [3, 4], start_at: '2026-11-10T16:00:00.000Z', end_at: '2026-11-11T16:00:00.000Z',
  stackable: false, budget: 30000, description: null, slots: [], warmup_hours: null, recurrence: null, rounding: 'fen', status: 'approved', state: 'ended',
  approval_reason: null, created_by: 1, created_by_name: 'A', submitted_by: 1, submitted_by_name: 'A', submitted_at: null, decided_by: null, decided_by_name: null,
  decided_at: null, decision_note: null, duplicated_from: null, version: 2, created_at: '', updated_at: '',
  items: [], ...patch,
} as PromotionRecord);
const item = { sku_id: 7, promo_price: 9.9, discount_pct: null, stock_limit: 500, sold: 480, per_customer_limit: 2, per_order_limit: null, group_size: null, group_window_hours: null, leader_price: null, auto_fill_pct: null, tiers: null };
const look = {
  channelName: (id: number) => ({ 3: '京东大药房', 4: '天猫医药馆' }[id] ?? `#${id}`),
  sku: (id: number) => (id === 7 ? { code: 'HX-IBU-010', name: '布洛芬缓释胶囊 0.3g×10粒' } : undefined),
  instant: (at: string) => at.slice(0, 16).replace('T', ' '),
  choice: (field: string, value: string) => `${field}:${value}`,
};

describe('promotionExportRows', () => {
  test('should give a row per SKU with names, labels, company times and money to the fen', () => {
    const rows = promotionExportRows([promotion({ items: [item, { ...item, sku_id: 8, promo_price: 10 }] })], look);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([
      '双11 秒杀', 'type:flash_sale', 'state:ended', '京东大药房、天猫医药馆', '2026-11-10 16:00', '2026-11-11 16:00', '30000.00',
      'HX-IBU-010', '布洛芬缓释胶囊 0.3g×10粒', '9.90', null, null, 500, 480, 2, null, null, null, null, null,
    ]);
    expect(rows[1].slice(7, 10)).toEqual(['#8', null, '10.00']); // an SKU not found still names itself
  });

  test('should write tiers as "from qty: unit price" and keep a promotion without SKUs', () => {
    const tiers = promotion({ type: 'volume_tier', budget: null, items: [{ ...item, promo_price: null, stock_limit: null, sold: 0, tiers: [{ min_qty: 10, unit_price: 9.5 }, { min_qty: 50, unit_price: 9 }] }] });
    expect(promotionExportRows([tiers], look)[0].at(-1)).toBe('10: 9.50; 50: 9.00');
    const empty = promotionExportRows([promotion({ items: [] })], look);
    expect(empty).toHaveLength(1);
    expect(empty[0]).toHaveLength(20);
  });
});
