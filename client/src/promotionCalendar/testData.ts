import type { CalendarChannel, CalendarPromotion } from './types';

/** A scheduled flash sale on channel 1 with SKU 10, 17–20 November 2026 (Shanghai days); tests change what they need. */
export function promotion(over: Partial<CalendarPromotion> & { id: number }, skuIds: number[] = [10]): CalendarPromotion {
  return {
    name: `P${over.id}`, type: 'flash_sale', channel_ids: [1], start_at: '2026-11-16T16:00:00.000Z', end_at: '2026-11-19T16:00:00.000Z',
    stackable: false, status: 'approved', state: 'scheduled',
    items: skuIds.map((sku_id) => ({ sku_id, promo_price: 9.9, discount_pct: null, stock_limit: 100, sold: 0 })),
    ...over,
  };
}

export function channel(id: number, over: Partial<CalendarChannel> = {}): CalendarChannel {
  return { id, name: `C${id}`, code: `C${id}`, type: 'online', platform: 'jd', audience: 'b2c', active: true, ...over };
}
