import type { SalesRow } from '../sales/api';
import { addDays } from '../sales/calendar';

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** The orders behind a report row: the row's keys and the report's dates as order list filters. */
export function ordersPathFor(row: SalesRow, filter: Record<string, unknown>): string {
  const orders: Record<string, unknown> = {};
  let from = filter.date_gte as string | undefined;
  let until = filter.date_lte ? addDays(filter.date_lte as string, 1) : undefined; // a bare date is that day's start
  if (row.day) [from, until] = [row.day, addDays(row.day, 1)];
  if (row.month) [from, until] = [`${row.month}-01`, nextMonth(row.month)];
  if (from) orders.ordered_at_gte = from;
  if (until) orders.ordered_at_lte = until;
  for (const key of ['channel_id', 'sku_id', 'province', 'customer_type'] as const) {
    const value = row[key] ?? (Array.isArray(filter[key]) ? undefined : filter[key]);
    if (value !== undefined && value !== null) orders[key] = value;
  }
  orders.flow = row.flow ?? filter.flow ?? 'sell_in';
  return `/orders?${new URLSearchParams({ filter: JSON.stringify(orders), order: 'DESC', sort: 'ordered_at' })}`;
}
