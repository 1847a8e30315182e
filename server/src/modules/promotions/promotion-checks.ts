import { yuanToFen } from '../../../../shared/money';
import { priceInForce, scopeAllows, type DatedPrice } from '../../../../shared/pricing';
import type { PromotionInput } from '../../../../shared/promotion-schemas';
import {
  conflicts, isBelowFloor, lowestCharged, raisedBeforeStart, rxGuardRefuses, type ChannelAudience, type Rounding,
} from '../../../../shared/promotions';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import type { ServiceContext } from '../../http/context';
import { apiError } from '../../http/errors';

interface SkuFacts { id: number; code: string; name: string; channel_scope: 'online' | 'offline' | 'all'; status: string; guide_price: number; rx_class: string }
interface ChannelFacts { id: number; name: string; type: 'online' | 'offline'; audience: ChannelAudience }

/** What the rules need to know about a promotion's SKUs and channels, read once per check. */
export interface PromotionFacts {
  skus: Map<number, SkuFacts>;
  channels: Map<number, ChannelFacts>;
  floors: Map<number, number>;
  /** Approved prices per `sku:channel`. */
  histories: Map<string, DatedPrice[]>;
}

export async function loadFacts(ctx: ServiceContext, input: PromotionInput): Promise<PromotionFacts> {
  const { db, user } = ctx;
  const skuIds = [...new Set(input.items.map((i) => i.sku_id))];
  const skuRows: SkuFacts[] = await db('skus').join('products', 'products.id', 'skus.product_id')
    .where('skus.org_id', user.orgId).whereIn('skus.id', skuIds)
    .select('skus.id', 'skus.code', 'skus.name', 'skus.channel_scope', 'skus.status', 'skus.guide_price', 'products.rx_class');
  const channelRows: ChannelFacts[] = await db('channels').where('org_id', user.orgId).whereIn('id', input.channel_ids).select('id', 'name', 'type', 'audience');
  const floors = new Map<number, number>();
  for (const p of await db('price_policies').where('org_id', user.orgId).whereIn('sku_id', skuIds).select('sku_id', 'promo_floor_price')) {
    if (p.promo_floor_price !== null) floors.set(Number(p.sku_id), Number(p.promo_floor_price));
  }
  const histories = new Map<string, DatedPrice[]>();
  const prices = await db('channel_prices').where({ org_id: user.orgId, status: 'approved' }).whereIn('sku_id', skuIds).whereIn('channel_id', input.channel_ids)
    .select('id', 'sku_id', 'channel_id', 'price', 'effective_from', 'effective_to', 'status');
  for (const p of prices) {
    const key = `${p.sku_id}:${p.channel_id}`;
    histories.set(key, [...(histories.get(key) ?? []), { ...p, id: Number(p.id), price: Number(p.price) }]);
  }
  return {
    skus: new Map(skuRows.map((s) => [Number(s.id), { ...s, id: Number(s.id), guide_price: Number(s.guide_price) }])),
    channels: new Map(channelRows.map((c) => [Number(c.id), { ...c, id: Number(c.id) }])),
    floors,
    histories,
  };
}

/**
 * The promotion's references and the rules that hold whatever its status: its own SKUs and
 * channels, each SKU's channel scope, and the Rx guard (a prescription SKU is never promoted to
 * consumers), which answers with a message naming the SKU and the channel.
 */
export function assertAllowed(input: PromotionInput, facts: PromotionFacts): void {
  const errors: Record<string, string> = {};
  let rx: { sku: string; channel: string } | null = null;
  input.channel_ids.forEach((id, i) => {
    const channel = facts.channels.get(id);
    if (!channel) errors[`channel_ids.${i}`] = englishMessage(msg('channel_not_found'));
    // Volume tiers are for businesses buying in quantity (pharmacies, clinics), not consumers.
    else if (input.type === 'volume_tier' && channel.audience !== 'b2b') errors[`channel_ids.${i}`] = englishMessage(msg('tiers_b2b_only'));
  });
  input.items.forEach((item, i) => {
    const sku = facts.skus.get(item.sku_id);
    if (!sku) {
      errors[`items.${i}.sku_id`] = englishMessage(msg('sku_not_found'));
      return;
    }
    if (sku.status !== 'active') errors[`items.${i}.sku_id`] = englishMessage(msg('sku_inactive'));
    for (const channelId of input.channel_ids) {
      const channel = facts.channels.get(channelId);
      if (!channel) continue;
      if (rxGuardRefuses(sku.rx_class, channel.audience)) {
        errors[`items.${i}.sku_id`] = englishMessage(msg('rx_on_consumer_channel'));
        rx ??= { sku: `${sku.code} ${sku.name}`, channel: channel.name };
      } else if (!scopeAllows(sku.channel_scope, channel.type)) {
        errors[`items.${i}.sku_id`] = englishMessage(msg('out_of_scope'));
      }
    }
  });
  if (rx) throw apiError(400, 'promotion_rx_guard', rx, errors);
  if (Object.keys(errors).length) {
    const summary = Object.entries(errors).map(([field, message]) => `${field}: ${message}`).join('; ');
    throw apiError(400, 'invalid_input', { summary }, errors);
  }
}

/** The channel's everyday price when the promotion starts, else the SKU's guide price: what a percentage is taken off. */
export function everydayPrice(facts: PromotionFacts, skuId: number, channelId: number, at: string): number | null {
  const inForce = priceInForce(facts.histories.get(`${skuId}:${channelId}`) ?? [], at);
  return inForce ? inForce.price : facts.skus.get(skuId)?.guide_price ?? null;
}

const fenItem = (item: PromotionInput['items'][number]) => ({
  promo_price: item.promo_price === null ? null : yuanToFen(item.promo_price),
  discount_pct: item.discount_pct,
  leader_price: item.leader_price === null ? null : yuanToFen(item.leader_price),
  tiers: item.tiers?.map((t) => ({ min_qty: t.min_qty, unit_price: yuanToFen(t.unit_price) })) ?? null,
});

/** The lowest price each item charges on each channel, in fen (what the floor rule compares). */
export function lowestPrices(input: PromotionInput, facts: PromotionFacts): { index: number; skuId: number; channelId: number; price: number }[] {
  const out: { index: number; skuId: number; channelId: number; price: number }[] = [];
  input.items.forEach((item, index) => {
    for (const channelId of input.channel_ids) {
      const price = lowestCharged(fenItem(item), everydayPrice(facts, item.sku_id, channelId, input.start_at), input.rounding as Rounding);
      if (price !== null) out.push({ index, skuId: item.sku_id, channelId, price });
    }
  });
  return out;
}

/** Whether any item goes below its SKU's promo floor on any channel: then a manager must approve. */
export function needsFloorApproval(input: PromotionInput, facts: PromotionFacts): boolean {
  return lowestPrices(input, facts).some((p) => isBelowFloor(p.price, facts.floors.get(p.skuId) ?? null));
}

/** 明码标价和禁止价格欺诈规定: no everyday price raised in the 7 days before the start. */
export function assertNoRaiseBeforeStart(input: PromotionInput, facts: PromotionFacts): void {
  const errors: Record<string, string> = {};
  let first: { sku: string; channel: string } | null = null;
  input.items.forEach((item, i) => {
    for (const channelId of input.channel_ids) {
      if (!raisedBeforeStart(facts.histories.get(`${item.sku_id}:${channelId}`) ?? [], input.start_at)) continue;
      errors[`items.${i}.sku_id`] = englishMessage(msg('price_raised_before_promotion'));
      first ??= { sku: facts.skus.get(item.sku_id)?.code ?? String(item.sku_id), channel: facts.channels.get(channelId)?.name ?? String(channelId) };
    }
  });
  if (first) throw apiError(400, 'promotion_price_raised', first, errors);
}

/**
 * The first pending or approved promotion that overlaps this one on a shared SKU and channel where
 * they may not stack: 409 naming it. The caller holds the company's promotion lock.
 */
export async function assertNoConflict(ctx: ServiceContext, id: number | null, input: PromotionInput, facts: PromotionFacts): Promise<void> {
  const { db, user } = ctx;
  const skuIds = input.items.map((i) => i.sku_id);
  const candidates = await db('promotions as p').where('p.org_id', user.orgId).whereIn('p.status', ['pending', 'approved'])
    .andWhere('p.start_at', '<', input.end_at).andWhere('p.end_at', '>', input.start_at)
    .modify((q) => { if (id !== null) q.andWhereNot('p.id', id); })
    .modify((q) => { if (input.stackable) q.andWhere('p.stackable', false); })
    .whereExists((q) => q.select(db.raw('1')).from('promotion_channels as pc').whereRaw('pc.promotion_id = p.id').whereIn('pc.channel_id', input.channel_ids))
    .whereExists((q) => q.select(db.raw('1')).from('promotion_items as pi').whereRaw('pi.promotion_id = p.id').whereIn('pi.sku_id', skuIds))
    .orderBy('p.start_at').limit(20).select('p.id', 'p.name', 'p.start_at', 'p.end_at', 'p.stackable');
  const ids = candidates.map((c: { id: number }) => Number(c.id));
  const channelsOf = new Map<number, number[]>();
  const skusOf = new Map<number, number[]>();
  for (const r of await db('promotion_channels').whereIn('promotion_id', ids).select('promotion_id', 'channel_id')) channelsOf.set(Number(r.promotion_id), [...(channelsOf.get(Number(r.promotion_id)) ?? []), Number(r.channel_id)]);
  for (const r of await db('promotion_items').whereIn('promotion_id', ids).select('promotion_id', 'sku_id')) skusOf.set(Number(r.promotion_id), [...(skusOf.get(Number(r.promotion_id)) ?? []), Number(r.sku_id)]);
  for (const other of candidates) {
    const otherChannels = channelsOf.get(Number(other.id)) ?? [];
    const otherSkus = skusOf.get(Number(other.id)) ?? [];
    const self = { id: id ?? 0, start_at: input.start_at, end_at: input.end_at, stackable: input.stackable, channel_ids: input.channel_ids, sku_ids: skuIds };
    if (!conflicts(self, { id: Number(other.id), start_at: other.start_at, end_at: other.end_at, stackable: Boolean(other.stackable), channel_ids: otherChannels, sku_ids: otherSkus })) continue;
    const skuId = skuIds.find((s) => otherSkus.includes(s))!;
    const channelId = input.channel_ids.find((c) => otherChannels.includes(c))!;
    throw apiError(409, 'promotion_conflict', {
      name: other.name, id: Number(other.id), sku: facts.skus.get(skuId)?.code ?? String(skuId), channel: facts.channels.get(channelId)?.name ?? String(channelId),
    });
  }
}
