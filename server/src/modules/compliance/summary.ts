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
  const [openRows, fresh, resolved, daily, channels, unreviewed] = await Promise.all([
    // The open violations' kind, SKU and seller, by the status index: every open figure is counted from
    // these rows (a grouped query would walk every violation, closed ones too, to skip a sort).
    db('violations').where('org_id', org).whereIn('status', ['open', 'acknowledged']).select('kind', 'sku_id', 'seller_id'),
    db('violations').where('org_id', org).andWhere('first_seen_at', '>=', weekStartInstant).count({ n: '*' }),
    db('violations').where({ org_id: org, status: 'resolved' }).andWhere('closed_at', '>=', weekStartInstant).count({ n: '*' }),
    db('observation_daily').where('org_id', org).andWhere('day', '>=', firstWeek).select('day', 'channel_id', 'observations', 'compliant'),
    db('channels').where('org_id', org).select('id', 'name', 'operated_by'),
    db('sellers').where('org_id', org).whereNull('authorized').count({ n: '*' }),
  ]);
  const openByKind = Object.fromEntries(VIOLATION_KINDS.map((k) => [k, 0]));
  const bySku = new Map<number, number>();
  const bySeller = new Map<number, number>();
  const unauthorizedSellers = new Set<number>();
  for (const r of openRows as Row[]) {
    openByKind[r.kind as string] = (openByKind[r.kind as string] ?? 0) + 1;
    bySku.set(Number(r.sku_id), (bySku.get(Number(r.sku_id)) ?? 0) + 1);
    if (r.seller_id === null) continue;
    bySeller.set(Number(r.seller_id), (bySeller.get(Number(r.seller_id)) ?? 0) + 1);
    if (r.kind === 'unauthorized_seller') unauthorizedSellers.add(Number(r.seller_id));
  }
  const topTen = (counts: Map<number, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 10);
  const skuTop = topTen(bySku);
  const sellerTop = topTen(bySeller);
  const [skuNames, sellerNames] = await Promise.all([
    db('skus').where('org_id', org).whereIn('id', skuTop.map(([id]) => id)).select('id', 'code', 'name'),
    db('sellers').join('channels', 'channels.id', 'sellers.channel_id').where('sellers.org_id', org).whereIn('sellers.id', sellerTop.map(([id]) => id))
      .select('sellers.id', 'sellers.name', 'channels.name as channel_name'),
  ]);
  const skuById = new Map((skuNames as Row[]).map((r) => [Number(r.id), r]));
  const sellerById = new Map((sellerNames as Row[]).map((r) => [Number(r.id), r]));

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
    unauthorized_sellers: unauthorizedSellers.size,
    unreviewed_sellers: Number(unreviewed[0].n),
    trend: [...perWeek.values()].sort((a, b) => a.week.localeCompare(b.week) || a.channel_id - b.channel_id)
      .map((w) => ({ week: w.week, channel_id: w.channel_id, observations: w.observations, rate: complianceRate(w.compliant, w.observations) })),
    top_skus: skuTop.map(([id, n]) => ({ sku_id: id, code: skuById.get(id)?.code ?? null, name: skuById.get(id)?.name ?? null, open: n })),
    top_sellers: sellerTop.map(([id, n]) => ({ seller_id: id, name: sellerById.get(id)?.name ?? null, channel_name: sellerById.get(id)?.channel_name ?? null, open: n })),
  };
}
