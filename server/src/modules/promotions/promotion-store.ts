import { PromotionInput } from '../../../../shared/promotion-schemas';
import { yuanToFen } from '../../../../shared/money';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import type { Db } from '../../db/knex';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, notFound, parseOr400 } from '../../http/errors';
import { toPromotionRecord, type PromotionRecord, type Row } from './promotion-records';

/** Reading and writing a promotion with its channels and items; the rules live in the service and workflow. */
export const scoped = (ctx: ServiceContext) => ctx.db('promotions').where('promotions.org_id', ctx.user.orgId);

export const withNames = (q: ReturnType<typeof scoped>) => q
  .leftJoin('users as author', 'author.id', 'promotions.created_by')
  .leftJoin('users as submitter', 'submitter.id', 'promotions.submitted_by')
  .leftJoin('users as decider', 'decider.id', 'promotions.decided_by')
  .select('promotions.*', 'author.name as created_by_name', 'submitter.name as submitted_by_name', 'decider.name as decided_by_name');

/** Channels and items of some promotions, read together. */
export async function partsOf(db: Db, ids: number[]): Promise<{ channels: Map<number, number[]>; items: Map<number, Row[]> }> {
  const channels = new Map<number, number[]>();
  const items = new Map<number, Row[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const r of await db('promotion_channels').whereIn('promotion_id', chunk).orderBy(['promotion_id', 'channel_id']).select('promotion_id', 'channel_id')) {
      channels.set(Number(r.promotion_id), [...(channels.get(Number(r.promotion_id)) ?? []), Number(r.channel_id)]);
    }
    for (const r of await db('promotion_items').whereIn('promotion_id', chunk).orderBy(['promotion_id', 'line_no']).select()) {
      items.set(Number(r.promotion_id), [...(items.get(Number(r.promotion_id)) ?? []), r]);
    }
  }
  return { channels, items };
}

export async function findPromotion(ctx: ServiceContext, id: number): Promise<PromotionRecord> {
  const row = await withNames(scoped(ctx).andWhere('promotions.id', id)).first();
  if (!row) throw notFound('Promotion');
  const { channels, items } = await partsOf(ctx.db, [id]);
  return toPromotionRecord(row, channels.get(id) ?? [], items.get(id) ?? [], nowIso());
}

/** Input → the promotion's columns (fen, JSON text). */
export function promotionColumns(input: PromotionInput) {
  return {
    name: input.name, type: input.type, start_at: input.start_at, end_at: input.end_at, stackable: input.stackable,
    budget: input.budget === null ? null : yuanToFen(input.budget), description: input.description,
    slots: input.slots.length ? JSON.stringify(input.slots) : null, warmup_hours: input.warmup_hours,
    recurrence: input.recurrence ? JSON.stringify(input.recurrence) : null, rounding: input.rounding,
  };
}

function itemColumns(item: PromotionInput['items'][number]) {
  const fen = (v: number | null) => (v === null ? null : yuanToFen(v));
  return {
    sku_id: item.sku_id, promo_price: fen(item.promo_price), discount_pct: item.discount_pct, stock_limit: item.stock_limit,
    per_customer_limit: item.per_customer_limit, per_order_limit: item.per_order_limit, group_size: item.group_size,
    group_window_hours: item.group_window_hours, leader_price: fen(item.leader_price), auto_fill_pct: item.auto_fill_pct,
    tiers: item.tiers?.length ? JSON.stringify(item.tiers.map((t) => ({ min_qty: t.min_qty, unit_price: yuanToFen(t.unit_price) }))) : null,
  };
}

/**
 * Writes the promotion's channels and items. Items are upserted by SKU, so an item keeps its sold
 * count (only the engine moves it, by conditional updates) and the buyers and groups hanging on it.
 * What sold is then checked under the rows' locks: an item with sales cannot be removed, and no
 * stock may go below what sold, even if an order lands while the edit is being saved.
 */
export async function writeParts(trx: Db, orgId: number, promotionId: number, input: PromotionInput): Promise<void> {
  await trx('promotion_channels').where('promotion_id', promotionId).delete();
  await trx('promotion_channels').insert(input.channel_ids.map((channelId) => ({ org_id: orgId, promotion_id: promotionId, channel_id: channelId })));
  const keep = input.items.map((i) => i.sku_id);
  await trx('promotion_items').where({ promotion_id: promotionId, sold: 0 }).whereNotIn('sku_id', keep).delete();
  const rows = input.items.map((item, i) => ({ ...itemColumns(item), line_no: i + 1, org_id: orgId, promotion_id: promotionId }));
  const updated = Object.keys(rows[0]).filter((c) => c !== 'org_id' && c !== 'promotion_id' && c !== 'sku_id');
  for (let i = 0; i < rows.length; i += 200) {
    await trx('promotion_items').insert(rows.slice(i, i + 200)).onConflict(['promotion_id', 'sku_id']).merge(updated);
  }
  const sold = await trx('promotion_items').where('promotion_id', promotionId)
    .andWhere((q) => q.whereNotIn('sku_id', keep).orWhereRaw('stock_limit IS NOT NULL AND sold > stock_limit'))
    .select('sku_id');
  if (!sold.length) return;
  const errors: Record<string, string> = {};
  for (const { sku_id: skuId } of sold) {
    const index = keep.indexOf(Number(skuId));
    errors[index < 0 ? 'items' : `items.${index}.stock_limit`] = englishMessage(msg('stock_below_sold'));
  }
  throw apiError(400, 'invalid_input', { summary: Object.keys(errors).join(', ') }, errors);
}

/** A stored promotion as rule input (yuan), to check it again on submit and approve. */
export function inputOf(record: PromotionRecord): PromotionInput {
  return parseOr400(PromotionInput, { ...record, items: record.items.map(({ sold: _sold, ...item }) => item) });
}

