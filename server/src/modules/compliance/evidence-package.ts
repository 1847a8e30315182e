import { fenToYuan } from '../../../../shared/money';
import type { ServiceContext } from '../../http/context';
import { nowIso } from '../../http/context';
import { getOrgSettings } from '../settings/service';
import { getSeller, listContacts } from './sellers.service';
import { companyDaysSince } from './company-days';

type Row = Record<string, unknown>;

/**
 * What a platform complaint needs about one store: who it is, whether it is authorised and on which
 * grounds the complaint rests, and every sighting of the last 180 days with its price, time, link and
 * screenshot. The client prints it in Chinese and English. Only the lawful case is in it (the store is
 * not authorised): a partner's low prices are intelligence and never go into a document handed out.
 */
export async function evidencePackage(ctx: ServiceContext, sellerId: number) {
  const seller = await getSeller(ctx, sellerId);
  const since = new Date(Date.parse(nowIso()) - 180 * 86_400_000).toISOString();
  const days = await companyDaysSince(ctx.db, ctx.user.orgId, since);
  const [channel, organization, observations, violations, contacts, settings] = await Promise.all([
    ctx.db('channels').where({ id: seller.channel_id, org_id: ctx.user.orgId }).first('id', 'name', 'code', 'platform', 'operated_by'),
    ctx.db('organizations').where({ id: ctx.user.orgId }).first('name'),
    ctx.db('price_observations as o').join('skus as s', 's.id', 'o.sku_id').leftJoin('evidence_files as f', 'f.id', 'o.evidence_id')
      // The window in the company's calendar days, newest first by day, then instant (the same order): the
      // seller's days are sought on the day index rather than every observation walked in time order.
      .where({ 'o.org_id': ctx.user.orgId, 'o.seller_id': sellerId }).whereIn('o.day', days)
      .orderBy([{ column: 'o.day', order: 'desc' }, { column: 'o.observed_at', order: 'desc' }]).limit(300)
      .select('o.id', 's.code as sku_code', 's.name as sku_name', 's.pack_desc', 'o.price', 'o.observed_at', 'o.url', 'o.store_name', 'o.evidence_id', 'f.content_type as evidence_type', 'o.breaches'),
    ctx.db('violations as v').join('skus as s', 's.id', 'v.sku_id').where({ 'v.org_id': ctx.user.orgId, 'v.seller_id': sellerId, 'v.kind': 'unauthorized_seller' })
      .orderBy('v.last_seen_at', 'desc').limit(100)
      .select('v.id', 'v.kind', 'v.status', 's.code as sku_code', 's.name as sku_name', 'v.first_seen_at', 'v.last_seen_at', 'v.occurrences', 'v.grounds'),
    listContacts(ctx, sellerId),
    getOrgSettings(ctx.db, ctx.user.orgId),
  ]);
  return {
    generated_at: nowIso(),
    time_zone: settings.time_zone,
    company: organization?.name ?? null,
    seller,
    channel,
    observations: observations.map((o: Row) => ({
      ...o, price: fenToYuan(Number(o.price)), breaches: o.breaches ? String(o.breaches).split(',').filter((k) => k === 'unauthorized_seller') : [],
    })),
    violations: violations.map((v: Row) => ({ ...v, grounds: v.grounds ? String(v.grounds).split(',') : null })),
    contacts,
  };
}
