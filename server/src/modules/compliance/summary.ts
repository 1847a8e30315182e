import { complianceRate, VIOLATION_KINDS } from '../../../../shared/compliance';
import { dayInZone, zonedTimeToUtc } from '../../../../shared/instants';
import type { ServiceContext } from '../../http/context';
import { nowIso } from '../../http/context';
import { apiError } from '../../http/errors';
import { getOrgSettings } from '../settings/service';

type Row = Record<string, unknown>;
const DAY_MS = 86_400_000;

/** Monday of the ISO week holding a calendar day (YYYY-MM-DD). */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The managers' compliance dashboard in one answer. Open counts come from the violations' status
 * index; compliance rates from the daily observation counts, never from the observations
 * themselves, so every figure stays fast at millions of sightings.
 */
export async function complianceSummary(ctx: ServiceContext, rawWeeks: unknown) {
  const weeks = rawWeeks === undefined ? 13 : Number(rawWeeks);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) throw apiError(400, 'bad_query_param', { name: 'weeks' }, { weeks: 'A whole number of weeks from 1 to 104' });
  const { db, user } = ctx;
  const org = user.orgId;
  const { time_zone } = await getOrgSettings(db, org);
  const today = dayInZone(nowIso(), time_zone);
  const thisWeek = mondayOf(today);
  const firstWeek = new Date(Date.parse(`${thisWeek}T00:00:00Z`) - (weeks - 1) * 7 * DAY_MS).toISOString().slice(0, 10);
  // "This week" starts on Monday at midnight in the company's zone; instants compare as UTC ISO text.
  const [y, m, d] = thisWeek.split('-').map(Number);
  const weekStartInstant = new Date(zonedTimeToUtc([y, m, d, 0, 0, 0, 0], time_zone)).toISOString();
  const open = () => db('violations').where('violations.org_id', org).whereIn('violations.status', ['open', 'acknowledged']);

  const [byKind, fresh, resolved, daily, channels, unauthorized, unreviewed, topSkus, topSellers] = await Promise.all([
    open().groupBy('kind').select('kind', db.raw('COUNT(*) as n')),
    db('violations').where('org_id', org).andWhere('first_seen_at', '>=', weekStartInstant).count({ n: '*' }),
    db('violations').where({ org_id: org, status: 'resolved' }).andWhere('closed_at', '>=', weekStartInstant).count({ n: '*' }),
    db('observation_daily').where('org_id', org).andWhere('day', '>=', firstWeek).select('day', 'channel_id', 'observations', 'compliant'),
    db('channels').where('org_id', org).select('id', 'name', 'operated_by'),
    open().where('kind', 'unauthorized_seller').countDistinct({ n: 'seller_id' }),
    db('sellers').where('org_id', org).whereNull('authorized').count({ n: '*' }),
    open().join('skus', 'skus.id', 'violations.sku_id').groupBy('violations.sku_id', 'skus.code', 'skus.name')
      .select('violations.sku_id', 'skus.code', 'skus.name', db.raw('COUNT(*) as open')).orderBy('open', 'desc').orderBy('violations.sku_id').limit(10),
    open().whereNotNull('violations.seller_id').join('sellers', 'sellers.id', 'violations.seller_id').join('channels', 'channels.id', 'sellers.channel_id')
      .groupBy('violations.seller_id', 'sellers.name', 'channels.name')
      .select('violations.seller_id', 'sellers.name', 'channels.name as channel_name', db.raw('COUNT(*) as open')).orderBy('open', 'desc').orderBy('violations.seller_id').limit(10),
  ]);

  const openByKind = Object.fromEntries(VIOLATION_KINDS.map((k) => [k, 0]));
  for (const r of byKind) openByKind[r.kind as string] = Number(r.n);
  const perChannel = new Map<number, { observations: number; compliant: number }>();
  const perWeek = new Map<string, { week: string; channel_id: number; observations: number; compliant: number }>();
  let all = 0;
  let compliant = 0;
  for (const d of daily as Row[]) {
    const channelId = Number(d.channel_id);
    const n = Number(d.observations);
    const ok = Number(d.compliant);
    all += n;
    compliant += ok;
    const c = perChannel.get(channelId) ?? { observations: 0, compliant: 0 };
    c.observations += n;
    c.compliant += ok;
    perChannel.set(channelId, c);
    const week = mondayOf(String(d.day));
    const key = `${week}|${channelId}`;
    const w = perWeek.get(key) ?? { week, channel_id: channelId, observations: 0, compliant: 0 };
    w.observations += n;
    w.compliant += ok;
    perWeek.set(key, w);
  }
  return {
    weeks,
    from: firstWeek,
    week_start: thisWeek,
    open_by_kind: openByKind,
    open_total: Object.values(openByKind).reduce((a, b) => a + b, 0),
    new_this_week: Number(fresh[0].n),
    resolved_this_week: Number(resolved[0].n),
    observations: all,
    compliance_rate: complianceRate(compliant, all),
    channels: (channels as Row[]).filter((c) => perChannel.has(Number(c.id))).map((c) => {
      const s = perChannel.get(Number(c.id))!;
      return { channel_id: Number(c.id), name: c.name, operated_by: c.operated_by, observations: s.observations, compliant: s.compliant, rate: complianceRate(s.compliant, s.observations) };
    }),
    unauthorized_sellers: Number(unauthorized[0].n),
    unreviewed_sellers: Number(unreviewed[0].n),
    trend: [...perWeek.values()].sort((a, b) => a.week.localeCompare(b.week) || a.channel_id - b.channel_id)
      .map((w) => ({ week: w.week, channel_id: w.channel_id, observations: w.observations, rate: complianceRate(w.compliant, w.observations) })),
    top_skus: (topSkus as Row[]).map((r) => ({ sku_id: Number(r.sku_id), code: r.code, name: r.name, open: Number(r.open) })),
    top_sellers: (topSellers as Row[]).map((r) => ({ seller_id: Number(r.seller_id), name: r.name, channel_name: r.channel_name, open: Number(r.open) })),
  };
}
