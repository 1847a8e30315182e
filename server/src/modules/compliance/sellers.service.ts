import { z } from 'zod';
import { sellerMatchKey, VIOLATION_KINDS } from '../../../../shared/compliance';
import { SellerContactInput, SellerInput } from '../../../../shared/compliance-schemas';
import { Version } from '../../../../shared/fields';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, notFound, parseOr400 } from '../../http/errors';
import { applyFilters, applySortAndRange, type ListQuery, type ListSpec } from '../../http/simple-rest';
import { writeAudit } from '../audit/audit';
import { companyDaysSince } from './company-days';
import { reevaluateLatestObservations } from './reevaluation';
import { refreshSellerLevels } from './seller-levels';

type Row = Record<string, unknown>;
const DAY_MS = 86_400_000;

export const sellersList: ListSpec = {
  defaultSort: ['level', 'DESC'],
  search: ['sellers.name', 'sellers.shop_id'],
  fields: {
    id: { type: 'integer' },
    channel_id: { type: 'integer' },
    name: { type: 'string' },
    shop_id: { type: 'string' },
    group_name: { type: 'string' },
    level: { type: 'integer' },
    first_seen_at: { type: 'date' },
    last_contact_at: { type: 'date' },
    updated_at: { type: 'date' },
  },
  // `authorized`: true, false, or "unreviewed" (or null): JSON booleans and their text alike.
  custom: { authorized: 'string' },
};

const scoped = (ctx: ServiceContext) => ctx.db('sellers').where('sellers.org_id', ctx.user.orgId);

function toSellerRecord(row: Row): Row {
  const { org_id: _org, match_key: _key, ...rest } = row;
  return {
    ...rest,
    authorized: row.authorized === null ? null : Boolean(row.authorized),
    grounds: row.grounds ? String(row.grounds).split(',') : null,
    level: Number(row.level),
    version: Number(row.version),
  };
}

/** The roll-up beside each seller: open violations by kind, cases opened in 90 days, sightings in 90 days. */
async function withRollup(ctx: ServiceContext, records: Row[]): Promise<Row[]> {
  if (!records.length) return records;
  const ids = records.map((r) => Number(r.id));
  const since = new Date(Date.parse(nowIso()) - 90 * DAY_MS).toISOString();
  const days = await companyDaysSince(ctx.db, ctx.user.orgId, since);
  const [open, repeat, seen] = await Promise.all([
    ctx.db('violations').where('org_id', ctx.user.orgId).whereIn('seller_id', ids).whereIn('status', ['open', 'acknowledged'])
      .groupBy('seller_id', 'kind').select('seller_id', 'kind', ctx.db.raw('COUNT(*) as n')),
    ctx.db('violations').where('org_id', ctx.user.orgId).whereIn('seller_id', ids).andWhere('first_seen_at', '>=', since)
      .groupBy('seller_id').select('seller_id', ctx.db.raw('COUNT(*) as n')),
    ctx.db('price_observations').where('org_id', ctx.user.orgId).whereIn('day', days).whereIn('seller_id', ids)
      .groupBy('seller_id').select('seller_id', ctx.db.raw('COUNT(*) as n')),
  ]);
  return records.map((r) => {
    const byKind = Object.fromEntries(VIOLATION_KINDS.map((k) => [k, 0]));
    for (const o of open) if (Number(o.seller_id) === r.id) byKind[o.kind] = Number(o.n);
    return {
      ...r,
      open_violations: byKind,
      open_total: Object.values(byKind).reduce((a, b) => a + b, 0),
      repeat_90d: Number(repeat.find((x: Row) => Number(x.seller_id) === r.id)?.n ?? 0),
      observations_90d: Number(seen.find((x: Row) => Number(x.seller_id) === r.id)?.n ?? 0),
    };
  });
}

export async function listSellers(ctx: ServiceContext, query: ListQuery) {
  let base = applyFilters(scoped(ctx), query, sellersList, 'sellers');
  const authorized = query.custom.authorized === null ? 'unreviewed' : query.custom.authorized;
  if (authorized !== undefined) {
    if (!['true', 'false', 'unreviewed'].includes(String(authorized))) {
      throw apiError(400, 'bad_filter_value', { field: 'authorized', reason: 'true, false or unreviewed' }, { authorized: 'Must be true, false or unreviewed' });
    }
    base = authorized === 'unreviewed' ? base.whereNull('sellers.authorized') : base.where('sellers.authorized', authorized === 'true');
  }
  const [[{ total }], rows] = await Promise.all([
    base.clone().count({ total: '*' }),
    applySortAndRange(base.clone().select('sellers.*'), query, sellersList, 'sellers'),
  ]);
  return { records: await withRollup(ctx, rows.map(toSellerRecord)), total: Number(total) };
}

async function findRow(ctx: ServiceContext, id: number): Promise<Row> {
  const row = await scoped(ctx).andWhere('id', id).first();
  if (!row) throw notFound('Seller');
  return row;
}

export async function getSeller(ctx: ServiceContext, id: number): Promise<Row> {
  const [record] = await withRollup(ctx, [toSellerRecord(await findRow(ctx, id))]);
  return record;
}

async function checkChannel(ctx: ServiceContext, channelId: number) {
  if (!(await ctx.db('channels').where({ id: channelId, org_id: ctx.user.orgId }).first('id'))) {
    throw apiError(400, 'invalid_input', { summary: `channel_id: ${englishMessage(msg('channel_not_found'))}` }, { channel_id: englishMessage(msg('channel_not_found')) });
  }
}

const columnsOf = (data: SellerInput) => ({
  channel_id: data.channel_id, name: data.name, match_key: sellerMatchKey(data.name, data.shop_id), shop_id: data.shop_id, url: data.url,
  authorized: data.authorized, group_name: data.group_name, grounds: data.grounds?.join(',') ?? null, notes: data.notes,
});

/** Marking a store (un)authorised changes what its sightings mean: its latest ones of the last 90 days are judged again. */
async function afterAuthorizationChange(ctx: ServiceContext, id: number) {
  const since = new Date(Date.now() - 90 * DAY_MS).toISOString();
  await reevaluateLatestObservations(ctx.db, ctx.user.orgId, { sellerId: id, since }, { userId: ctx.user.userId, email: ctx.user.email });
  await refreshSellerLevels(ctx.db, ctx.user.orgId, [id]);
}

export async function createSeller(ctx: ServiceContext, input: unknown): Promise<Row> {
  const data = parseOr400(SellerInput, input);
  await checkChannel(ctx, data.channel_id);
  const id = await ctx.db.transaction(async (trx) => {
    const now = nowIso();
    const [inserted] = await trx('sellers').insert({ ...columnsOf(data), org_id: ctx.user.orgId, level: 0, first_seen_at: now, version: 1, created_at: now, updated_at: now }).returning('id');
    const newId = Number(typeof inserted === 'object' ? inserted.id : inserted);
    await writeAudit({ ...ctx, db: trx }, 'create', 'sellers', newId, null, { ...data });
    return newId;
  });
  return getSeller(ctx, id);
}

export async function updateSeller(ctx: ServiceContext, id: number, input: unknown): Promise<Row> {
  await findRow(ctx, id);
  const { version } = parseOr400(z.object({ version: Version }), input);
  const data = parseOr400(SellerInput, input);
  await checkChannel(ctx, data.channel_id);
  await ctx.db.transaction(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const existing = await findRow(tctx, id);
    const changed = await trx('sellers').where({ id, org_id: ctx.user.orgId, version })
      .update({ ...columnsOf(data), version: version + 1, updated_at: nowIso() });
    if (changed !== 1) throw apiError(409, 'stale_version', {}, { version: englishMessage(msg('stale_version')) });
    await writeAudit(tctx, 'update', 'sellers', id, toSellerRecord(existing), toSellerRecord(await findRow(tctx, id)));
    const was = existing.authorized === null ? null : Boolean(existing.authorized);
    if (was !== data.authorized) await afterAuthorizationChange(tctx, id);
  });
  return getSeller(ctx, id);
}

export async function listContacts(ctx: ServiceContext, sellerId: number) {
  await findRow(ctx, sellerId);
  return ctx.db('seller_contacts as c').leftJoin('users as u', 'u.id', 'c.user_id').where({ 'c.org_id': ctx.user.orgId, 'c.seller_id': sellerId })
    .orderBy('c.at', 'desc').limit(200).select('c.id', 'c.at', 'c.kind', 'c.note', 'u.name as user_name');
}

/** A conversation with the store's operator, logged as such (never a sanction). */
export async function addContact(ctx: ServiceContext, sellerId: number, input: unknown) {
  await findRow(ctx, sellerId);
  const data = parseOr400(SellerContactInput, input);
  const now = nowIso();
  const at = data.at ?? now;
  return ctx.db.transaction(async (trx) => {
    const [inserted] = await trx('seller_contacts').insert({ org_id: ctx.user.orgId, seller_id: sellerId, at, kind: data.kind, note: data.note, user_id: ctx.user.userId, created_at: now }).returning('id');
    const id = Number(typeof inserted === 'object' ? inserted.id : inserted);
    // The latest contact wins, whichever order they are logged in.
    await trx('sellers').where({ id: sellerId, org_id: ctx.user.orgId }).andWhere((q) => q.whereNull('last_contact_at').orWhere('last_contact_at', '<', at)).update({ last_contact_at: at });
    await writeAudit({ ...ctx, db: trx }, 'create', 'seller-contacts', id, null, { seller_id: sellerId, ...data, at });
    return { id, at, kind: data.kind, note: data.note, user_name: ctx.user.name };
  });
}
