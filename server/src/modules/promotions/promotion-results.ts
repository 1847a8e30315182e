import { companyTimeZone } from '../../../../shared/instants';
import { fenToYuan } from '../../../../shared/money';
import { COUNTED_STATUSES, salesDay } from '../../../../shared/sales';
import { nowIso, type ServiceContext } from '../../http/context';
import { sweepExpiredGroups } from '../engine/group-buys';
import { writerOf } from '../../db/knex';
import { findPromotion } from './promotion-store';

const DAY_MS = 86_400_000;
export const LIFT_BASELINE_DAYS = 28;

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** Every calendar day from `from` to `to`, inclusive. */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * `GET /api/promotions/:id/results`: what a campaign did. Units, revenue, orders and distinct buyers
 * from the order lines that carry it (net: paid, shipped, completed); the discount given against the
 * budget; each item's stock sell-through; group buys opened, succeeded and failed; and the lift:
 * daily sales of the same SKUs on the same channels (every order, not only the promotion's) during
 * the promotion against the 28 days before it, from the day rollup.
 */
export async function promotionResults(ctx: ServiceContext, id: number) {
  await sweepExpiredGroups(writerOf(ctx.db), ctx.user.orgId); // expired groups count as what they became
  const promotion = await findPromotion(ctx, id);
  const { db } = ctx;
  const counted = (q: ReturnType<typeof db>) => q.join('orders as o', 'o.id', 'l.order_id').where('l.promotion_id', id).andWhere('l.org_id', ctx.user.orgId).whereIn('o.status', [...COUNTED_STATUSES]);
  const [totals] = await counted(db('order_lines as l')).select(
    db.raw('COALESCE(SUM(l.qty), 0) as units'), db.raw('COALESCE(SUM(l.amount), 0) as revenue'),
    db.raw('COUNT(DISTINCT o.id) as orders'), db.raw('COUNT(DISTINCT o.customer_ref) as buyers'),
  );
  const bySku: { sku_id: number; units: number; revenue: number }[] = await counted(db('order_lines as l')).groupBy('l.sku_id').select('l.sku_id', db.raw('SUM(l.qty) as units'), db.raw('SUM(l.amount) as revenue'));
  const [held] = await db('order_lines as l').join('orders as o', 'o.id', 'l.order_id').where({ 'l.promotion_id': id, 'o.status': 'pending_group', 'l.org_id': ctx.user.orgId })
    .select(db.raw('COALESCE(SUM(l.qty), 0) as units'));
  const groups = await db('group_buy_groups').where({ org_id: ctx.user.orgId, promotion_id: id }).groupBy('status').select('status', db.raw('COUNT(*) as n'));
  const groupCount = (status: string) => Number(groups.find((g) => g.status === status)?.n ?? 0);
  const discount = await db('promotions').where({ id, org_id: ctx.user.orgId }).first('discount_given');

  const timeZone = companyTimeZone();
  const startDay = salesDay(promotion.start_at, timeZone);
  const lastDay = salesDay(new Date(Math.min(Date.parse(promotion.end_at) - 1, Date.parse(nowIso()))).toISOString(), timeZone);
  const baselineFrom = addDays(startDay, -LIFT_BASELINE_DAYS);
  const skuIds = promotion.items.map((i) => i.sku_id);
  const daily = lastDay < startDay ? [] : await db('sales_daily').where({ org_id: ctx.user.orgId, flow: 'sell_in' })
    .whereIn('sku_id', skuIds).whereIn('channel_id', promotion.channel_ids).andWhere('day', '>=', baselineFrom).andWhere('day', '<=', lastDay)
    .groupBy('day').orderBy('day').select('day', db.raw('SUM(qty) as qty'), db.raw('SUM(amount) as amount'));
  const byDay = new Map(daily.map((d) => [d.day as string, { qty: Number(d.qty), amount: Number(d.amount) }]));
  const series = lastDay < startDay ? [] : daysBetween(baselineFrom, lastDay).map((day) => ({
    day, period: day < startDay ? 'before' : 'during', qty: byDay.get(day)?.qty ?? 0, amount: fenToYuan(byDay.get(day)?.amount ?? 0),
  }));
  const average = (period: string) => {
    const days = series.filter((d) => d.period === period);
    return days.length ? Math.round((days.reduce((sum, d) => sum + d.amount, 0) / days.length) * 100) / 100 : null;
  };
  const before = average('before');
  const during = average('during');

  return {
    id, state: promotion.state,
    units: Number(totals.units), revenue: fenToYuan(Number(totals.revenue)), orders: Number(totals.orders), buyers: Number(totals.buyers),
    held_units: Number(held.units),
    discount_given: fenToYuan(Number(discount?.discount_given ?? 0)), budget: promotion.budget,
    budget_used_pct: promotion.budget ? Math.round((fenToYuan(Number(discount?.discount_given ?? 0)) / promotion.budget) * 1000) / 10 : null,
    items: promotion.items.map((item) => {
      const sold = bySku.find((r) => Number(r.sku_id) === item.sku_id);
      return {
        sku_id: item.sku_id, stock_limit: item.stock_limit, sold: item.sold,
        sell_through_pct: item.stock_limit ? Math.round((item.sold / item.stock_limit) * 1000) / 10 : null,
        units: Number(sold?.units ?? 0), revenue: fenToYuan(Number(sold?.revenue ?? 0)),
      };
    }),
    groups: {
      opened: groupCount('open') + groupCount('succeeded') + groupCount('failed'), open: groupCount('open'),
      succeeded: groupCount('succeeded'), failed: groupCount('failed'),
      success_rate_pct: groupCount('succeeded') + groupCount('failed') ? Math.round((groupCount('succeeded') / (groupCount('succeeded') + groupCount('failed'))) * 1000) / 10 : null,
    },
    lift: {
      baseline_days: LIFT_BASELINE_DAYS, before_daily_amount: before, during_daily_amount: during,
      lift_pct: before && during !== null ? Math.round(((during - before) / before) * 1000) / 10 : null,
      series,
    },
  };
}
