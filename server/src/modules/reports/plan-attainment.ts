import { z } from 'zod';
import { fenToYuan } from '../../../../shared/money';
import { Month } from '../../../../shared/sales-schemas';
import { dayInZone, daysInMonth } from '../../../../shared/instants';
import { nowIso, type ServiceContext } from '../../http/context';
import { parseOr400 } from '../../http/errors';

export interface PlanAttainment {
  id: number;
  month: string;
  channel_id: number | null;
  user_id: number | null;
  /** Names to show: the reader may not read users or every channel. */
  channel_name: string | null;
  user_name: string | null;
  target_amount: number;
  actual_amount: number;
  attainment_pct: number | null;
  forecast_amount: number;
  /** The plan is the reader's: their own, or for a channel they own. */
  mine: boolean;
}

/**
 * Actual to date against the target, and a run-rate forecast to month end: a past month is what it
 * was; the current month's actual is scaled by days in month over days elapsed (today counts);
 * a future month forecasts nothing yet.
 */
export function runRateForecast(actualFen: number, month: string, today: string): number {
  const current = today.slice(0, 7);
  if (month < current) return actualFen;
  if (month > current) return 0;
  const [y, m] = month.split('-').map(Number);
  const elapsed = Number(today.slice(8, 10));
  return Math.round((actualFen / elapsed) * daysInMonth(y, m));
}

/**
 * `GET /api/reports/plan-attainment?month=2026-11`: each plan of the month with the sell-in revenue it
 * covers (the company, one channel, the channels a salesperson owns, or both), from the order-level
 * rollup (day × channel). The reader's own plans come first.
 */
export async function planAttainment(ctx: ServiceContext, raw: Record<string, unknown>): Promise<PlanAttainment[]> {
  const { month } = parseOr400(z.object({ month: Month }), { month: typeof raw.month === 'string' ? raw.month : undefined });
  const { db } = ctx;
  const orgId = ctx.user.orgId;
  const [plans, channels, sums] = await Promise.all([
    db('sales_plans').leftJoin('users', 'users.id', 'sales_plans.user_id').where({ 'sales_plans.org_id': orgId, month })
      .select('sales_plans.id', 'month', 'channel_id', 'user_id', 'target_amount', 'users.name as user_name'),
    db('channels').where('org_id', orgId).select('id', 'owner_user_id', 'name'),
    db('sales_daily_channel').where({ org_id: orgId, flow: 'sell_in' }).andWhere('day', '>=', `${month}-01`).andWhere('day', '<=', `${month}-31`)
      .groupBy('channel_id').select('channel_id', db.raw('SUM(amount) as amount')),
  ]);
  const byChannel = new Map<number, number>(sums.map((s: { channel_id: number; amount: unknown }) => [Number(s.channel_id), Number(s.amount)]));
  const ownerOf = new Map<number, number | null>(channels.map((c: { id: number; owner_user_id: number | null }) => [Number(c.id), c.owner_user_id]));
  const channelName = new Map<number, string>(channels.map((c: { id: number; name: string }) => [Number(c.id), c.name]));
  const today = dayInZone(nowIso());
  const me = ctx.user.userId;
  const rows = plans.map((p: { id: number; month: string; channel_id: number | null; user_id: number | null; target_amount: unknown; user_name: string | null }) => {
    const covered = [...byChannel.keys()].filter((channelId) =>
      (p.channel_id === null || channelId === Number(p.channel_id)) && (p.user_id === null || ownerOf.get(channelId) === Number(p.user_id)));
    const actual = covered.reduce((sum, channelId) => sum + (byChannel.get(channelId) ?? 0), 0);
    const target = Number(p.target_amount);
    return {
      id: Number(p.id),
      month: p.month,
      channel_id: p.channel_id === null ? null : Number(p.channel_id),
      user_id: p.user_id === null ? null : Number(p.user_id),
      channel_name: p.channel_id === null ? null : channelName.get(Number(p.channel_id)) ?? null,
      user_name: p.user_name ?? null,
      target_amount: fenToYuan(target),
      actual_amount: fenToYuan(actual),
      attainment_pct: target ? Math.round((actual / target) * 1000) / 10 : null,
      forecast_amount: fenToYuan(runRateForecast(actual, month, today)),
      mine: Number(p.user_id) === me || (p.channel_id !== null && ownerOf.get(Number(p.channel_id)) === me),
    };
  });
  // Mine first, then the company plan, then channels and people by target.
  const rank = (r: PlanAttainment) => (r.mine ? 0 : r.channel_id === null && r.user_id === null ? 1 : 2);
  return rows.sort((a: PlanAttainment, b: PlanAttainment) => rank(a) - rank(b) || b.target_amount - a.target_amount || a.id - b.id);
}
