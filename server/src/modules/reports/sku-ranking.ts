import type { Knex } from 'knex';
import type { SalesReportFilter } from '../../../../shared/report-schemas';
import type { ServiceContext } from '../../http/context';

/** Sorts after every day of its month ('2026-11-99' > '2026-11-30'), so a month's days are a string range. */
const monthEnd = (month: string) => `${month}-99`;
const shiftMonth = (month: string, by: 1 | -1) => {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** Whether the filter only narrows what the month × SKU rollup has (SKU, product, flow, dates). */
export function rankableByMonth(filter: SalesReportFilter): boolean {
  return !filter.channel_id && !filter.channel_type && !filter.province && !filter.customer_type && !filter.promotion_id;
}

/**
 * Which parts of the range the month × SKU rollup can answer: every month inside it, and a month
 * the range cuts into when nothing sold in the cut-off days (month to date: nothing sold after today).
 * The rest is read as days.
 */
async function splitRange(ctx: ServiceContext, gte: string | undefined, lte: string | undefined) {
  const sold = async (after: string, before: string) =>
    Boolean(await ctx.db('sales_daily').where('org_id', ctx.user.orgId).andWhere('day', '>', after).andWhere('day', '<', before).first('id'));
  const head = gte?.slice(0, 7);
  const tail = lte?.slice(0, 7);
  // Any sale in the head month before the range, or in the tail month after it, keeps that month to days.
  const headWhole = !gte || !head || !(await sold(`${head}-00`, gte));
  const tailWhole = !lte || !tail || !(await sold(lte, monthEnd(tail)));
  if (head && head === tail) {
    return headWhole && tailWhole ? { months: { from: head, to: tail }, days: [] } : { months: null, days: [[gte!, lte!]] };
  }
  const days: [string, string][] = [];
  if (head && !headWhole) days.push([gte!, monthEnd(head)]);
  if (tail && !tailWhole) days.push([`${tail}-01`, lte!]);
  const from = head && !headWhole ? shiftMonth(head, 1) : head;
  const to = tail && !tailWhole ? shiftMonth(tail, -1) : tail;
  return { months: from && to && from > to ? null : { from, to }, days };
}

/**
 * The first `limit` SKUs by amount (ties by id, as the report orders them), ranked mostly from the
 * month × SKU rollup: one row per SKU and month instead of one per SKU, channel, province and buyer
 * type each day. The caller sums the winners exactly from the day rollup.
 */
export async function topSkusByAmount(ctx: ServiceContext, filter: SalesReportFilter, limit: number): Promise<number[]> {
  const { db } = ctx;
  const { months, days } = await splitRange(ctx, filter.date_gte, filter.date_lte);
  const narrow = (q: Knex.QueryBuilder, alias: string) => {
    q.where(`${alias}.org_id`, ctx.user.orgId).andWhere(`${alias}.flow`, filter.flow);
    if (filter.sku_id) q.whereIn(`${alias}.sku_id`, filter.sku_id);
    if (filter.product_id) q.join('skus as s', 's.id', `${alias}.sku_id`).whereIn('s.product_id', filter.product_id);
    return q;
  };
  const parts: Knex.QueryBuilder[] = [];
  if (months) {
    const q = narrow(db('sales_monthly_sku as m').select('m.sku_id', 'm.amount'), 'm');
    if (months.from) q.andWhere('m.month', '>=', months.from);
    if (months.to) q.andWhere('m.month', '<=', months.to);
    parts.push(q);
  }
  for (const [from, to] of days) parts.push(narrow(db('sales_daily as sd').select('sd.sku_id', 'sd.amount'), 'sd').andWhereBetween('sd.day', [from, to]));
  if (!parts.length) return [];
  // Unwrapped: SQLite refuses parenthesised members of a compound select.
  const union = parts.length > 1 ? parts[0].unionAll(parts.slice(1), false) : parts[0];
  const rows: { sku_id: number }[] = await db.from(union.as('part')).select('sku_id').groupBy('sku_id')
    .orderByRaw('SUM(amount) DESC, sku_id').limit(limit);
  return rows.map((r) => Number(r.sku_id));
}
