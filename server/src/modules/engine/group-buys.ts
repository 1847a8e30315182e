import { GroupJoinRequest, GroupOpenRequest } from '../../../../shared/engine-schemas';
import { groupSucceedsAtExpiry, offerOf } from '../../../../shared/promotion-offers';
import type { Db } from '../../db/knex';
import { nowIso } from '../../http/context';
import { notFound, parseOr400, refusal } from '../../http/errors';
import { logger } from '../../logger';
import { consume, insertEngineOrder, release, setOrderStatus } from './consumption';
import { assertPrescription, defaultCustomerType } from './engine-orders';
import { everydayAt, liveAt, loadItems, priceHistory, skuByCode, type EngineChannel, type EngineSku, type LoadedItem } from './live-items';

type Row = Record<string, unknown>;

/** What the shop's group page shows. */
async function groupView(db: Db, groupId: number) {
  const g = await db('group_buy_groups as g').join('skus as s', 's.id', 'g.sku_id').where('g.id', groupId)
    .first('g.id', 'g.promotion_id', 's.code as sku_code', 'g.status', 'g.size', 'g.members', 'g.opened_at', 'g.expires_at', 'g.closed_at');
  const members = await db('group_buy_members as m').join('orders as o', 'o.id', 'm.order_id').where('m.group_id', groupId).orderBy('m.id')
    .select('m.customer_ref', 'm.leader', 'm.qty', 'o.order_no', 'o.status as order_status', 'm.joined_at');
  return {
    id: Number(g.id), promotion_id: Number(g.promotion_id), sku_code: g.sku_code, status: g.status as string, size: Number(g.size), members: Number(g.members),
    opened_at: g.opened_at, expires_at: g.expires_at, closed_at: g.closed_at ?? null,
    buyers: members.map((m) => ({ customer_id: m.customer_ref, leader: Boolean(m.leader), qty: Number(m.qty), order_no: m.order_no, order_status: m.order_status, joined_at: m.joined_at })),
  };
}

/** Its held orders become paid orders (the rollups see them now). */
async function succeed(trx: Db, group: Row, now: string): Promise<void> {
  for (const m of await trx('group_buy_members').where('group_id', Number(group.id)).select('order_id')) {
    await setOrderStatus(trx, Number(group.org_id), Number(m.order_id), 'paid', now);
  }
}

/**
 * Settles an open group whose window has passed: it succeeds when full or at its auto-fill share,
 * else fails, cancelling its held orders and giving back their stock, buyer units and budget. The
 * status guard makes a read, a join and the sweep settling at once do it exactly once.
 */
export async function settleIfExpired(trx: Db, group: Row, now: string): Promise<Row> {
  if (group.status !== 'open' || String(group.expires_at) > now) return group;
  const item = await trx('promotion_items').where('id', Number(group.item_id)).first('auto_fill_pct');
  const success = groupSucceedsAtExpiry(Number(group.members), Number(group.size), item?.auto_fill_pct == null ? null : Number(item.auto_fill_pct));
  const status = success ? 'succeeded' : 'failed';
  const changed = await trx('group_buy_groups').where({ id: Number(group.id), status: 'open' }).update({ status, closed_at: group.expires_at });
  if (changed !== 1) return trx('group_buy_groups').where('id', Number(group.id)).first();
  if (success) await succeed(trx, group, now);
  else {
    for (const m of await trx('group_buy_members').where('group_id', Number(group.id)).select('order_id', 'customer_ref', 'qty', 'discount')) {
      await setOrderStatus(trx, Number(group.org_id), Number(m.order_id), 'cancelled', now);
      await release(trx, Number(group.org_id), { promotion_id: Number(group.promotion_id), item_id: Number(group.item_id), qty: Number(m.qty), customer_ref: m.customer_ref, discount: Number(m.discount) });
    }
  }
  return { ...group, status, closed_at: group.expires_at };
}

/** Settles every expired open group (all companies, or one): the periodic sweep and list reads. */
export async function sweepExpiredGroups(db: Db, orgId?: number): Promise<number> {
  const now = nowIso();
  const due = await db('group_buy_groups').where('status', 'open').andWhere('expires_at', '<=', now)
    .modify((q) => { if (orgId !== undefined) q.andWhere('org_id', orgId); }).limit(500).pluck('id');
  for (const id of due) {
    await db.transaction(async (trx) => {
      const group = await trx('group_buy_groups').where('id', id).first();
      if (group) await settleIfExpired(trx, group, now);
    });
  }
  return due.length;
}

/** Runs the sweep every `intervalMs` (unref'd: it never keeps the process alive); returns a stop function. */
export function startGroupSweep(db: Db, intervalMs = 60_000): () => void {
  const timer = setInterval(() => {
    sweepExpiredGroups(db).catch((err) => logger.error({ err }, 'group sweep failed'));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** The live group-buy item of a promotion for the SKU on this channel, and this buyer's price and consumption. */
async function groupOffer(trx: Db, channel: EngineChannel, sku: EngineSku, promotionId: number, customerRef: string, qty: number, leader: boolean, now: string) {
  const item: LoadedItem | undefined = liveAt(await loadItems(trx, channel, sku.id, now, customerRef, promotionId), now, channel.time_zone)[0];
  if (!item || item.type !== 'group_buy') throw refusal(409, 'promotion_not_available', { id: promotionId });
  const everyday = everydayAt(await priceHistory(trx, channel, sku.id), now) ?? sku.guide_price;
  const price = leader && item.leader_price !== null ? item.leader_price : item.promo_price!;
  const offer = offerOf({ ...item, promo_price: price }, qty, everyday);
  if (!offer || offer.refusal) throw refusal(409, offer?.refusal === 'budget_exhausted' ? 'budget_exhausted' : offer?.refusal === 'sold_out' ? 'sold_out' : 'limit_exceeded');
  return { item, price, consumption: { promotion_id: item.promotion_id, item_id: item.item_id, qty, customer_ref: customerRef, discount: Math.max(0, everyday - price) * qty, per_customer_limit: item.per_customer_limit } };
}

/** The group an order number already opened or joined (a retried request), if any. */
async function groupOfOrder(db: Db, channel: EngineChannel, orderNo: string): Promise<number | null> {
  const row = await db('orders as o').join('group_buy_members as m', 'm.order_id', 'o.id').where({ 'o.channel_id': channel.id, 'o.order_no': orderNo }).first('m.group_id');
  if (row) return Number(row.group_id);
  if (await db('orders').where({ channel_id: channel.id, order_no: orderNo }).first('id')) throw refusal(409, 'order_no_taken', { order_no: orderNo });
  return null;
}

/** `POST /api/engine/groups`: opens a group; the leader's order is held (`pending_group`) until the group fills. */
export async function openGroup(db: Db, channel: EngineChannel, body: unknown) {
  const req = parseOr400(GroupOpenRequest, body);
  const replay = await groupOfOrder(db, channel, req.order_no);
  if (replay !== null) return { status: 200 as const, group: await groupView(db, replay) };
  const sku = await skuByCode(db, channel.org_id, req.sku_code);
  assertPrescription(channel, [sku], null, () => 'sku_code');
  const groupId = await db.transaction(async (trx) => {
    const now = nowIso();
    const { item, price, consumption } = await groupOffer(trx, channel, sku, req.promotion_id, req.customer_id, req.qty, true, now);
    await consume(trx, channel.org_id, consumption);
    const expires = Math.min(Date.parse(now) + (item.group_window_hours ?? 24) * 3_600_000, Date.parse(item.end_at));
    const [inserted] = await trx('group_buy_groups').insert({
      org_id: channel.org_id, promotion_id: item.promotion_id, item_id: item.item_id, sku_id: sku.id, channel_id: channel.id, leader_ref: req.customer_id,
      size: item.group_size ?? 2, members: 1, status: 'open', opened_at: now, expires_at: new Date(expires).toISOString(),
    }).returning('id');
    const id: number = typeof inserted === 'object' ? inserted.id : inserted;
    const orderId = await insertEngineOrder(trx, channel, {
      order_no: req.order_no, customer_ref: req.customer_id, customer_type: defaultCustomerType(channel), province: req.province, city: null,
      prescription_id: null, status: 'pending_group', lines: [{ sku_id: sku.id, qty: req.qty, unit_price: price, promotion_id: item.promotion_id }],
    }, now);
    await trx('group_buy_members').insert({ org_id: channel.org_id, group_id: id, customer_ref: req.customer_id, order_id: orderId, qty: req.qty, discount: consumption.discount, leader: true, joined_at: now });
    return id;
  });
  return { status: 201 as const, group: await groupView(db, groupId) };
}

/**
 * `POST /api/engine/groups/:id/join`: one place per buyer, never more members than the size (a
 * conditional update takes the place), never after expiry; the last place settles the group at
 * once and its held orders become paid.
 */
export async function joinGroup(db: Db, channel: EngineChannel, groupId: number, body: unknown) {
  const req = parseOr400(GroupJoinRequest, body);
  const replay = await groupOfOrder(db, channel, req.order_no);
  if (replay !== null) {
    if (replay !== groupId) throw refusal(409, 'order_no_taken', { order_no: req.order_no });
    return { status: 200 as const, group: await groupView(db, replay) };
  }
  const outcome = await db.transaction(async (trx) => {
    const now = nowIso();
    let group: Row | undefined = await trx('group_buy_groups').where({ id: groupId, org_id: channel.org_id, channel_id: channel.id }).first();
    if (!group) throw notFound('Group');
    group = await settleIfExpired(trx, group, now);
    if (group.status !== 'open') return { closed: group.status as string };
    if (await trx('group_buy_members').where({ group_id: groupId, customer_ref: req.customer_id }).first('id')) throw refusal(409, 'already_in_group');
    const skuRow = await trx('skus').join('products', 'products.id', 'skus.product_id').where('skus.id', Number(group.sku_id)).first('skus.id', 'skus.code', 'products.rx_class', 'skus.guide_price');
    const sku: EngineSku = { id: Number(skuRow.id), code: skuRow.code, rx_class: skuRow.rx_class, guide_price: Number(skuRow.guide_price) };
    const { price, consumption } = await groupOffer(trx, channel, sku, Number(group.promotion_id), req.customer_id, req.qty, false, now);
    const place = await trx('group_buy_groups').where({ id: groupId, status: 'open' }).andWhereRaw('members < size').andWhere('expires_at', '>', now).increment('members', 1);
    if (place !== 1) throw refusal(409, 'group_full');
    await consume(trx, channel.org_id, consumption);
    const orderId = await insertEngineOrder(trx, channel, {
      order_no: req.order_no, customer_ref: req.customer_id, customer_type: defaultCustomerType(channel), province: req.province, city: null,
      prescription_id: null, status: 'pending_group', lines: [{ sku_id: sku.id, qty: req.qty, unit_price: price, promotion_id: Number(group.promotion_id) }],
    }, now);
    await trx('group_buy_members').insert({ org_id: channel.org_id, group_id: groupId, customer_ref: req.customer_id, order_id: orderId, qty: req.qty, discount: consumption.discount, leader: false, joined_at: now });
    const filled = await trx('group_buy_groups').where({ id: groupId, status: 'open' }).andWhereRaw('members >= size').update({ status: 'succeeded', closed_at: now });
    if (filled === 1) await succeed(trx, group, now);
    return { closed: null };
  });
  // A group that expired or filled before this buyer: the settlement above is kept, the join refused.
  if (outcome.closed) throw refusal(409, 'group_closed');
  return { status: 200 as const, group: await groupView(db, groupId) };
}

/** `GET /api/engine/groups/:id`: the group as it is now (an expired one is settled by this read). */
export async function readGroup(db: Db, channel: EngineChannel, groupId: number) {
  await db.transaction(async (trx) => {
    const group = await trx('group_buy_groups').where({ id: groupId, org_id: channel.org_id, channel_id: channel.id }).first();
    if (!group) throw notFound('Group');
    await settleIfExpired(trx, group, nowIso());
  });
  return groupView(db, groupId);
}
