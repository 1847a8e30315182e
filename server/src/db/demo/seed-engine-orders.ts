import type { Db } from '../knex';
import { itemUnitPrice, type LiveItem } from '../../../../shared/promotion-offers';
import { isLiveAt, type Recurrence, type Rounding, type TimeWindow } from '../../../../shared/promotions';
import { insertEngineOrder, setOrderStatus } from '../../modules/engine/consumption';
import type { EngineChannel } from '../../modules/engine/live-items';
import { getOrgSettings } from '../../modules/settings/service';

type Everyday = (skuId: number, channelIds: number[], at: string) => number;
interface ChannelRow { id: number; type: 'online' | 'offline'; audience: string }

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/**
 * The engine's traffic for the demo campaigns, written as the engine writes it (real orders of
 * source `engine` with the promotion on their lines, rollups moved), and what it consumed (stock,
 * each buyer's units, the discount against the budget), so results and lift show real shapes.
 */
export async function demoSales(db: Db, orgId: number, channels: Map<string, ChannelRow>, everyday: Everyday) {
  const random = rng(orgId * 131 + 7);
  const { time_zone } = await getOrgSettings(db, orgId);
  const engineChannel = (code: string): EngineChannel => {
    const c = channels.get(code)!;
    return { id: c.id, org_id: orgId, code, type: c.type, audience: c.audience as 'b2c' | 'b2b', time_zone };
  };
  let seq = 0;
  const orderNo = (prefix: string) => `${prefix}${String(++seq).padStart(6, '0')}`;
  const buyer = (n: number) => `u${(orgId * 7919 + n * 104729) % 9_000_000 + 1_000_000}`;

  async function promotionOf(id: number) {
    const p = await db('promotions').where('id', id).first();
    const items = await db('promotion_items').where('promotion_id', id).orderBy('line_no');
    const timing = { start_at: p.start_at as string, end_at: p.end_at as string, slots: p.slots ? (JSON.parse(p.slots) as TimeWindow[]) : null, recurrence: p.recurrence ? (JSON.parse(p.recurrence) as Recurrence) : null };
    return { p, items, timing };
  }
  const live = (item: Record<string, unknown>, type: string, rounding: string): LiveItem => ({
    promotion_id: 0, item_id: Number(item.id), type: type as LiveItem['type'], promo_price: item.promo_price == null ? null : Number(item.promo_price),
    discount_pct: item.discount_pct == null ? null : Number(item.discount_pct), rounding: rounding as Rounding, tiers: item.tiers ? JSON.parse(String(item.tiers)) : null,
    stock_limit: null, sold: 0, per_order_limit: null, per_customer_limit: null, bought_by_customer: 0, budget: null, discount_given: 0,
  });

  /** One order taken at `at`, and what it consumed. */
  async function take(promotionId: number, code: string, item: Record<string, unknown>, unit: number, qty: number, who: string, at: string, status: 'paid' | 'pending_group' = 'paid') {
    const channel = engineChannel(code);
    const orderId = await insertEngineOrder(db, channel, {
      order_no: orderNo(code === 'YSB' ? 'YSB-E' : 'E'), customer_ref: who, customer_type: channel.audience === 'b2b' ? 'pharmacy' : 'consumer',
      province: ['广东省', '浙江省', '江苏省', '上海市', '北京市', '四川省', '湖北省', '山东省'][Math.floor(random() * 8)], city: null, prescription_id: null, status,
      lines: [{ sku_id: Number(item.sku_id), qty, unit_price: unit, promotion_id: promotionId }],
    }, at);
    const discount = Math.max(0, everyday(Number(item.sku_id), [channel.id], at) - unit) * qty;
    await db('promotion_items').where('id', Number(item.id)).increment('sold', qty);
    await db('promotion_item_buyers').insert({ org_id: orgId, item_id: Number(item.id), customer_ref: who, qty }).onConflict(['item_id', 'customer_ref']).merge({ qty: db.raw('promotion_item_buyers.qty + excluded.qty') });
    if (discount > 0) await db('promotions').where('id', promotionId).increment('discount_given', discount);
    return { orderId, discount };
  }

  /** A random instant in [from, to) at which the promotion is live (its slots, its window). */
  function liveInstant(timing: Parameters<typeof isLiveAt>[0], from: string, to: string): string {
    const a = Date.parse(from);
    const span = Date.parse(to) - a;
    for (let tries = 0; tries < 500; tries++) {
      const at = new Date(a + Math.floor(random() * span)).toISOString();
      if (isLiveAt(timing, at, time_zone)) return at;
    }
    return new Date(a).toISOString();
  }

  return {
    random,
    /** A flash sale's orders in its slots, one or two units each, never past an item's stock. */
    async flash(promotionId: number, code: string, [from, to]: [string, string], orders: number) {
      const { p, items, timing } = await promotionOf(promotionId);
      const sold = new Map<number, number>();
      for (let n = 0; n < orders; n++) {
        const item = items[Math.floor(random() * items.length)];
        const qty = 1 + Math.floor(random() * 2);
        if ((sold.get(Number(item.id)) ?? 0) + qty > Number(item.stock_limit ?? Infinity)) continue;
        sold.set(Number(item.id), (sold.get(Number(item.id)) ?? 0) + qty);
        await take(promotionId, code, item, itemUnitPrice(live(item, p.type, p.rounding), qty, null)!, qty, buyer(n), liveInstant(timing, from, to));
      }
    },
    /** Orders spread over a period (a discount, volume tiers), each priced as the engine would. */
    async spread(promotionId: number, code: string, [from, to]: [string, string], orders: number, qtyOf: () => number) {
      const { p, items, timing } = await promotionOf(promotionId);
      const channelId = channels.get(code)!.id;
      for (let n = 0; n < orders; n++) {
        const item = items[Math.floor(random() * items.length)];
        const qty = qtyOf();
        const at = liveInstant(timing, from, to);
        const unit = itemUnitPrice(live(item, p.type, p.rounding), qty, everyday(Number(item.sku_id), [channelId], at));
        if (unit !== null) await take(promotionId, code, item, unit, qty, buyer(1000 + n), at);
      }
    },
    /** Group buys: `succeeded` full groups (orders paid) and `failed` ones that stayed short (orders cancelled, nothing consumed). */
    async groups(promotionId: number, code: string, [from, to]: [string, string], succeeded: number, failed: number) {
      const { items, timing } = await promotionOf(promotionId);
      const channel = engineChannel(code);
      for (let g = 0; g < succeeded + failed; g++) {
        const item = items[g % items.length];
        const size = Number(item.group_size);
        const ok = g < succeeded;
        const opened = liveInstant(timing, from, to);
        const expires = new Date(Date.parse(opened) + Number(item.group_window_hours) * 3_600_000).toISOString();
        const members = ok ? size : Math.max(1, size - 1 - Math.floor(random() * (size - 1)));
        const [row] = await db('group_buy_groups').insert({
          org_id: orgId, promotion_id: promotionId, item_id: Number(item.id), sku_id: Number(item.sku_id), channel_id: channel.id, leader_ref: buyer(5000 + g * 10),
          size, members, status: ok ? 'succeeded' : 'failed', opened_at: opened, expires_at: expires,
          closed_at: ok ? new Date(Date.parse(opened) + (members - 1) * 600_000).toISOString() : expires,
        }).returning('id');
        const groupId = Number(typeof row === 'object' ? row.id : row);
        for (let m = 0; m < members; m++) {
          const at = new Date(Date.parse(opened) + m * 600_000).toISOString();
          const unit = m === 0 && item.leader_price != null ? Number(item.leader_price) : Number(item.promo_price);
          const { orderId, discount } = await take(promotionId, code, item, unit, 1, buyer(5000 + g * 10 + m), at, 'pending_group');
          await db('group_buy_members').insert({ org_id: orgId, group_id: groupId, customer_ref: buyer(5000 + g * 10 + m), order_id: orderId, qty: 1, discount, leader: m === 0, joined_at: at });
          if (!ok) {
            // A failed group gives back what it took.
            await db('promotion_items').where('id', Number(item.id)).decrement('sold', 1);
            await db('promotion_item_buyers').where({ item_id: Number(item.id), customer_ref: buyer(5000 + g * 10 + m) }).decrement('qty', 1);
            if (discount > 0) await db('promotions').where('id', promotionId).decrement('discount_given', discount);
          }
        }
        for (const m of await db('group_buy_members').where('group_id', groupId).select('order_id')) {
          await setOrderStatus(db, orgId, Number(m.order_id), ok ? 'paid' : 'cancelled', ok ? opened : expires);
        }
      }
    },
  };
}
