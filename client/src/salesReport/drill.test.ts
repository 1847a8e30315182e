import { describe, expect, test } from 'vitest';
import { ordersPathFor } from './drill';

const filterOf = (path: string) => JSON.parse(new URLSearchParams(path.split('?')[1]).get('filter')!);

describe('report drill-down', () => {
  test('should open a month of a channel as its orders, the last day included', () => {
    const path = ordersPathFor({ month: '2026-12', channel_id: 3, qty: 1, amount: 1, net_amount: 1, orders: 1, avg_unit_price: 1 }, { date_gte: '2026-01-01' });
    expect(path.startsWith('/orders?')).toBe(true);
    expect(filterOf(path)).toEqual({ ordered_at_gte: '2026-12-01', ordered_at_lte: '2027-01-01', channel_id: 3, flow: 'sell_in' });
  });

  test('should keep the report\'s dates and filters when the row is not a time bucket', () => {
    const path = ordersPathFor({ province: '广东省', qty: 1, amount: 1, net_amount: 1, orders: 1, avg_unit_price: 1 }, { date_gte: '2026-03-01', date_lte: '2026-03-31', flow: 'sell_out', sku_id: 9 });
    expect(filterOf(path)).toEqual({ ordered_at_gte: '2026-03-01', ordered_at_lte: '2026-04-01', province: '广东省', sku_id: 9, flow: 'sell_out' });
  });
});
