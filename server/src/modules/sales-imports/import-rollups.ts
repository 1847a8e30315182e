import type { Db } from '../../db/knex';
import { COUNTED_STATUSES } from '../../../../shared/sales';

const LINE_KEY = 'org_id, day, sku_id, channel_id, province, customer_type, promotion_id, flow';
const ORDER_KEY = 'org_id, day, channel_id, province, customer_type, flow';
const CHANNEL_KEY = 'org_id, day, channel_id, flow';
const MONTH_SKU_KEY = 'org_id, month, sku_id, flow';
const counted = () => COUNTED_STATUSES.map(() => '?').join(', ');

/** An upsert that adds the selected sums to the rollup rows (creating missing keys). */
const upsertAdd = (table: string, key: string, sums: string[]) =>
  `ON CONFLICT (${key}) DO UPDATE SET ${sums.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ')}`;

/**
 * Takes stored orders out of the rollups (before they are changed or deleted): their sums, negated,
 * added to each rollup key. `ids` is a subquery of order ids.
 */
export async function subtractOrders(trx: Db, orgId: number, ids: string, idArgs: unknown[]): Promise<void> {
  const args = [orgId, ...idArgs, ...COUNTED_STATUSES];
  await trx.raw(
    `INSERT INTO sales_daily (${LINE_KEY}, qty, amount, lines, orders)
     SELECT o.org_id, o.sales_day, l.sku_id, o.channel_id, COALESCE(o.province, ''), o.customer_type, COALESCE(l.promotion_id, 0), o.flow,
            -SUM(l.qty), -SUM(l.amount), -COUNT(*), -COUNT(DISTINCT o.id)
     FROM orders o JOIN order_lines l ON l.order_id = o.id
     WHERE o.org_id = ? AND o.id IN (${ids}) AND o.status IN (${counted()})
     GROUP BY o.org_id, o.sales_day, l.sku_id, o.channel_id, COALESCE(o.province, ''), o.customer_type, COALESCE(l.promotion_id, 0), o.flow
     ${upsertAdd('sales_daily', LINE_KEY, ['qty', 'amount', 'lines', 'orders'])}`,
    args as never[],
  );
  await trx.raw(
    `INSERT INTO sales_monthly_sku (${MONTH_SKU_KEY}, qty, amount, lines)
     SELECT o.org_id, substr(o.sales_day, 1, 7), l.sku_id, o.flow, -SUM(l.qty), -SUM(l.amount), -COUNT(*)
     FROM orders o JOIN order_lines l ON l.order_id = o.id
     WHERE o.org_id = ? AND o.id IN (${ids}) AND o.status IN (${counted()})
     GROUP BY o.org_id, substr(o.sales_day, 1, 7), l.sku_id, o.flow
     ${upsertAdd('sales_monthly_sku', MONTH_SKU_KEY, ['qty', 'amount', 'lines'])}`,
    args as never[],
  );
  const perOrder = `SELECT o.org_id, o.sales_day AS day, o.channel_id, COALESCE(o.province, '') AS province, o.customer_type, o.flow, o.total,
      (SELECT SUM(l.qty) FROM order_lines l WHERE l.order_id = o.id) AS qty
    FROM orders o WHERE o.org_id = ? AND o.id IN (${ids}) AND o.status IN (${counted()})`;
  await trx.raw(
    `INSERT INTO sales_daily_orders (${ORDER_KEY}, orders, amount, qty)
     SELECT org_id, day, channel_id, province, customer_type, flow, -COUNT(*), -SUM(total), -SUM(qty) FROM (${perOrder}) p
     WHERE true GROUP BY org_id, day, channel_id, province, customer_type, flow
     ${upsertAdd('sales_daily_orders', ORDER_KEY, ['orders', 'amount', 'qty'])}`,
    args as never[],
  );
  await trx.raw(
    `INSERT INTO sales_daily_channel (${CHANNEL_KEY}, orders, amount, qty)
     SELECT org_id, day, channel_id, flow, -COUNT(*), -SUM(total), -SUM(qty) FROM (${perOrder}) p
     WHERE true GROUP BY org_id, day, channel_id, flow
     ${upsertAdd('sales_daily_channel', CHANNEL_KEY, ['orders', 'amount', 'qty'])}`,
    args as never[],
  );
}

/**
 * Adds a sales import's new and changed orders (staged, `same = 0`) to the rollups, straight from
 * the staging tables: one grouped upsert per rollup instead of recomputing the channel's days. The
 * line rollup reads the staged lines alone (each carries its order's day, place, buyer and status;
 * the run refused orders whose lines disagree), the order rollups the staged orders alone.
 */
export async function addStagedOrders(trx: Db, job: { id: number; org_id: number; channel_id: number }, flow: string): Promise<void> {
  const head = [job.org_id, job.channel_id, flow, job.id, ...COUNTED_STATUSES];
  await trx.raw(
    `INSERT INTO sales_daily (${LINE_KEY}, qty, amount, lines, orders)
     SELECT ?, l.sales_day, l.sku_id, ?, COALESCE(l.province, ''), l.customer_type, 0, ?, SUM(l.qty), SUM(l.amount), COUNT(*), COUNT(DISTINCT l.order_no)
     FROM sales_import_lines l
     WHERE l.job_id = ? AND l.status IN (${counted()})
       AND NOT EXISTS (SELECT 1 FROM sales_import_orders s WHERE s.job_id = l.job_id AND s.order_no = l.order_no AND s.same = 1)
     GROUP BY l.sales_day, l.sku_id, COALESCE(l.province, ''), l.customer_type
     ${upsertAdd('sales_daily', LINE_KEY, ['qty', 'amount', 'lines', 'orders'])}`,
    head as never[],
  );
  await trx.raw(
    `INSERT INTO sales_monthly_sku (${MONTH_SKU_KEY}, qty, amount, lines)
     SELECT ?, substr(l.sales_day, 1, 7), l.sku_id, ?, SUM(l.qty), SUM(l.amount), COUNT(*)
     FROM sales_import_lines l
     WHERE l.job_id = ? AND l.status IN (${counted()})
       AND NOT EXISTS (SELECT 1 FROM sales_import_orders s WHERE s.job_id = l.job_id AND s.order_no = l.order_no AND s.same = 1)
     GROUP BY substr(l.sales_day, 1, 7), l.sku_id
     ${upsertAdd('sales_monthly_sku', MONTH_SKU_KEY, ['qty', 'amount', 'lines'])}`,
    [job.org_id, flow, job.id, ...COUNTED_STATUSES] as never[],
  );
  const staged = `FROM sales_import_orders WHERE job_id = ? AND same = 0 AND status IN (${counted()})`;
  await trx.raw(
    `INSERT INTO sales_daily_orders (${ORDER_KEY}, orders, amount, qty)
     SELECT ?, sales_day, ?, COALESCE(province, ''), customer_type, ?, COUNT(*), SUM(total), SUM(qty) ${staged}
     GROUP BY sales_day, COALESCE(province, ''), customer_type
     ${upsertAdd('sales_daily_orders', ORDER_KEY, ['orders', 'amount', 'qty'])}`,
    head as never[],
  );
  await trx.raw(
    `INSERT INTO sales_daily_channel (${CHANNEL_KEY}, orders, amount, qty)
     SELECT ?, sales_day, ?, ?, COUNT(*), SUM(total), SUM(qty) ${staged}
     GROUP BY sales_day
     ${upsertAdd('sales_daily_channel', CHANNEL_KEY, ['orders', 'amount', 'qty'])}`,
    head as never[],
  );
}

/** Rollup rows of the channel's days that the changes emptied. */
export async function dropEmptyRollups(trx: Db, orgId: number, channelId: number, from: string, to: string): Promise<void> {
  const slice = (table: string) => trx(table).where({ org_id: orgId, channel_id: channelId }).andWhereBetween('day', [from, to]);
  await slice('sales_daily').andWhere('lines', 0).delete();
  await slice('sales_daily_orders').andWhere('orders', 0).delete();
  await slice('sales_daily_channel').andWhere('orders', 0).delete();
  await trx('sales_monthly_sku').where('org_id', orgId).andWhereBetween('month', [from.slice(0, 7), to.slice(0, 7)]).andWhere('lines', 0).delete();
}
