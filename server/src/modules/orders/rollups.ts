import type { Db } from '../../db/knex';
import { COUNTED_STATUSES, isCounted } from '../../../../shared/sales';

/** What an order row and its lines hold that the rollups sum (fen amounts, the stored business day). */
export interface OrderFacts {
  sales_day: string;
  channel_id: number;
  province: string | null;
  customer_type: string;
  flow: string;
  status: string;
  total: number;
  lines: { sku_id: number; qty: number; amount: number; promotion_id: number | null }[];
}

interface LineSums { qty: number; amount: number; lines: number; orders: number }
interface OrderSums { orders: number; amount: number; qty: number }
interface MonthSums { qty: number; amount: number; lines: number }

const LINE_KEY = ['org_id', 'day', 'sku_id', 'channel_id', 'province', 'customer_type', 'promotion_id', 'flow'] as const;
const ORDER_KEY = ['org_id', 'day', 'channel_id', 'province', 'customer_type', 'flow'] as const;
const CHANNEL_KEY = ['org_id', 'day', 'channel_id', 'flow'] as const;
const MONTH_SKU_KEY = ['org_id', 'month', 'sku_id', 'flow'] as const;
const SEP = '\u0001';

interface RollupDeltas { lines: Map<string, LineSums>; orders: Map<string, OrderSums>; channels: Map<string, OrderSums>; months: Map<string, MonthSums> }

/** An order's share of each rollup key; nothing when it does not count (cancelled, refunded). */
function contributions(order: OrderFacts | null, sign: 1 | -1, { lines, orders, channels, months }: RollupDeltas) {
  if (!order || !isCounted(order.status)) return;
  const province = order.province ?? '';
  const seen = new Set<string>();
  for (const line of order.lines) {
    const key = [order.sales_day, line.sku_id, order.channel_id, province, order.customer_type, line.promotion_id ?? 0, order.flow].join(SEP);
    const sums = lines.get(key) ?? { qty: 0, amount: 0, lines: 0, orders: 0 };
    sums.qty += sign * line.qty;
    sums.amount += sign * line.amount;
    sums.lines += sign;
    if (!seen.has(key)) sums.orders += sign; // an order counts once per key, however many of its lines share it
    seen.add(key);
    lines.set(key, sums);
    const monthKey = [order.sales_day.slice(0, 7), line.sku_id, order.flow].join(SEP);
    const month = months.get(monthKey) ?? { qty: 0, amount: 0, lines: 0 };
    month.qty += sign * line.qty;
    month.amount += sign * line.amount;
    month.lines += sign;
    months.set(monthKey, month);
  }
  const qty = order.lines.reduce((sum, l) => sum + l.qty, 0);
  const add = (map: Map<string, OrderSums>, key: string) => {
    const sums = map.get(key) ?? { orders: 0, amount: 0, qty: 0 };
    sums.orders += sign;
    sums.amount += sign * order.total;
    sums.qty += sign * qty;
    map.set(key, sums);
  };
  add(orders, [order.sales_day, order.channel_id, province, order.customer_type, order.flow].join(SEP));
  add(channels, [order.sales_day, order.channel_id, order.flow].join(SEP));
}

/**
 * Moves the rollups from an order as it was to the order as it is (either may be null: created,
 * deleted), inside the caller's transaction, as upserts that add the difference, so concurrent
 * writers never lose each other's counts. Emptied keys are removed.
 */
export async function applyOrderChange(db: Db, orgId: number, before: OrderFacts | null, after: OrderFacts | null): Promise<void> {
  await applyOrderChanges(db, orgId, [{ before, after }]);
}

/** Many orders' changes (an ingest batch, an import chunk) netted into one set of upserts. */
export async function applyOrderChanges(db: Db, orgId: number, changes: { before: OrderFacts | null; after: OrderFacts | null }[]): Promise<void> {
  const deltas: RollupDeltas = { lines: new Map(), orders: new Map(), channels: new Map(), months: new Map() };
  for (const { before, after } of changes) {
    contributions(before, -1, deltas);
    contributions(after, 1, deltas);
  }
  const { lines, orders, channels, months } = deltas;
  const lineRows = [...lines].filter(([, s]) => s.qty || s.amount || s.lines || s.orders).map(([key, s]) => {
    const [day, sku, channel, province, customerType, promotion, flow] = key.split(SEP);
    return {
      org_id: orgId, day, sku_id: Number(sku), channel_id: Number(channel), province, customer_type: customerType,
      promotion_id: Number(promotion), flow, ...s,
    };
  });
  const orderRows = [...orders].filter(([, s]) => s.orders || s.amount || s.qty).map(([key, s]) => {
    const [day, channel, province, customerType, flow] = key.split(SEP);
    return { org_id: orgId, day, channel_id: Number(channel), province, customer_type: customerType, flow, ...s };
  });
  const channelRows = [...channels].filter(([, s]) => s.orders || s.amount || s.qty).map(([key, s]) => {
    const [day, channel, flow] = key.split(SEP);
    return { org_id: orgId, day, channel_id: Number(channel), flow, ...s };
  });
  const monthRows = [...months].filter(([, s]) => s.qty || s.amount || s.lines).map(([key, s]) => {
    const [month, sku, flow] = key.split(SEP);
    return { org_id: orgId, month, sku_id: Number(sku), flow, ...s };
  });
  for (let i = 0; i < lineRows.length; i += 200) {
    await db('sales_daily').insert(lineRows.slice(i, i + 200)).onConflict([...LINE_KEY]).merge({
      qty: db.raw('sales_daily.qty + excluded.qty'),
      amount: db.raw('sales_daily.amount + excluded.amount'),
      lines: db.raw('sales_daily.lines + excluded.lines'),
      orders: db.raw('sales_daily.orders + excluded.orders'),
    });
  }
  for (let i = 0; i < orderRows.length; i += 200) {
    await db('sales_daily_orders').insert(orderRows.slice(i, i + 200)).onConflict([...ORDER_KEY]).merge({
      orders: db.raw('sales_daily_orders.orders + excluded.orders'),
      amount: db.raw('sales_daily_orders.amount + excluded.amount'),
      qty: db.raw('sales_daily_orders.qty + excluded.qty'),
    });
  }
  for (let i = 0; i < channelRows.length; i += 200) {
    await db('sales_daily_channel').insert(channelRows.slice(i, i + 200)).onConflict([...CHANNEL_KEY]).merge({
      orders: db.raw('sales_daily_channel.orders + excluded.orders'),
      amount: db.raw('sales_daily_channel.amount + excluded.amount'),
      qty: db.raw('sales_daily_channel.qty + excluded.qty'),
    });
  }
  for (let i = 0; i < monthRows.length; i += 200) {
    await db('sales_monthly_sku').insert(monthRows.slice(i, i + 200)).onConflict([...MONTH_SKU_KEY]).merge({
      qty: db.raw('sales_monthly_sku.qty + excluded.qty'),
      amount: db.raw('sales_monthly_sku.amount + excluded.amount'),
      lines: db.raw('sales_monthly_sku.lines + excluded.lines'),
    });
  }
  const emptiedMonths = [...new Set(monthRows.map((r) => r.month))];
  if (emptiedMonths.length) await db('sales_monthly_sku').where('org_id', orgId).whereIn('month', emptiedMonths).andWhere('lines', 0).delete();
  const days = [...new Set([...lineRows.map((r) => r.day), ...orderRows.map((r) => r.day)])];
  for (let i = 0; i < days.length; i += 500) {
    const chunk = days.slice(i, i + 500);
    await db('sales_daily').where('org_id', orgId).whereIn('day', chunk).andWhere('lines', 0).delete();
    await db('sales_daily_orders').where('org_id', orgId).whereIn('day', chunk).andWhere('orders', 0).delete();
    await db('sales_daily_channel').where('org_id', orgId).whereIn('day', chunk).andWhere('orders', 0).delete();
  }
}

/**
 * Recomputes a company's rollups from its orders (the rebuild command, and after a time-zone
 * change re-days its orders): one transaction of INSERT … SELECT that read the same on both
 * databases; the day × channel rollup is summed from the order-level one, the month × SKU one from
 * the line rollup.
 */
export async function rebuildRollups(db: Db, orgId: number): Promise<void> {
  await db.transaction(async (trx) => {
    const counted = COUNTED_STATUSES.map(() => '?').join(', ');
    for (const table of ['sales_daily', 'sales_daily_orders', 'sales_daily_channel', 'sales_monthly_sku']) await trx(table).where('org_id', orgId).delete();
    await trx.raw(
      `INSERT INTO sales_daily (org_id, day, sku_id, channel_id, province, customer_type, promotion_id, flow, qty, amount, lines, orders)
       SELECT o.org_id, o.sales_day, l.sku_id, o.channel_id, COALESCE(o.province, ''), o.customer_type, COALESCE(l.promotion_id, 0), o.flow,
              SUM(l.qty), SUM(l.amount), COUNT(*), COUNT(DISTINCT o.id)
       FROM orders o JOIN order_lines l ON l.order_id = o.id
       WHERE o.org_id = ? AND o.status IN (${counted})
       GROUP BY o.org_id, o.sales_day, l.sku_id, o.channel_id, COALESCE(o.province, ''), o.customer_type, COALESCE(l.promotion_id, 0), o.flow`,
      [orgId, ...COUNTED_STATUSES],
    );
    await trx.raw(
      `INSERT INTO sales_daily_orders (org_id, day, channel_id, province, customer_type, flow, orders, amount, qty)
       SELECT org_id, sales_day, channel_id, province, customer_type, flow, COUNT(*), SUM(total), SUM(qty)
       FROM (SELECT o.id, o.org_id, o.sales_day, o.channel_id, COALESCE(o.province, '') AS province, o.customer_type, o.flow, o.total, SUM(l.qty) AS qty
             FROM orders o JOIN order_lines l ON l.order_id = o.id
             WHERE o.org_id = ? AND o.status IN (${counted})
             GROUP BY o.id, o.org_id, o.sales_day, o.channel_id, COALESCE(o.province, ''), o.customer_type, o.flow, o.total) per_order
       GROUP BY org_id, sales_day, channel_id, province, customer_type, flow`,
      [orgId, ...COUNTED_STATUSES],
    );
    await trx.raw(
      `INSERT INTO sales_daily_channel (org_id, day, channel_id, flow, orders, amount, qty)
       SELECT org_id, day, channel_id, flow, SUM(orders), SUM(amount), SUM(qty)
       FROM sales_daily_orders WHERE org_id = ?
       GROUP BY org_id, day, channel_id, flow`,
      [orgId],
    );
    await trx.raw(
      `INSERT INTO sales_monthly_sku (org_id, month, sku_id, flow, qty, amount, lines)
       SELECT org_id, substr(day, 1, 7), sku_id, flow, SUM(qty), SUM(amount), SUM(lines)
       FROM sales_daily WHERE org_id = ?
       GROUP BY org_id, substr(day, 1, 7), sku_id, flow`,
      [orgId],
    );
  });
}
