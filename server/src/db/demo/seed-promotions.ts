import type { Db } from '../knex';
import { fenToYuan } from '../../../../shared/money';
import { priceInForce, scopeAllows, type DatedPrice } from '../../../../shared/pricing';
import { PromotionInput } from '../../../../shared/promotion-schemas';
import { dayInZone, parseInstant } from '../../../../shared/instants';
import { getOrgSettings } from '../../modules/settings/service';
import { promotionColumns, writeParts } from '../../modules/promotions/promotion-store';
import { demoSales } from './seed-engine-orders';

const DAY = 86_400_000;

interface DemoSku { id: number; rx_class: string; channel_scope: 'online' | 'offline' | 'all'; guide_price: number }
type Status = 'draft' | 'pending' | 'approved' | 'rejected' | 'cancelled';

/** The last 11 November (Beijing time) whose day is over at `now`: the Double 11 flash sale that just ran. */
function lastDoubleEleven(now: number): { start: string; end: string } {
  let year = new Date(now).getUTCFullYear();
  const startOf = (y: number) => Date.UTC(y, 10, 10, 16); // 11 Nov 00:00 in Shanghai
  if (startOf(year) + DAY > now) year -= 1;
  return { start: new Date(startOf(year)).toISOString(), end: new Date(startOf(year) + DAY).toISOString() };
}

/**
 * Campaigns of every type and state for a company, on its demo channels, priced from the prices in
 * force and the floors (so each one passes the rules it would meet in the console): the Double 11
 * flash sale that ended, a running cold-season discount, volume tiers on the B2B platform, a group
 * buy scheduled on the mini-program, one waiting for a manager (below the floor), a draft, a
 * rejected and a cancelled one. Skips what the company has no channel for.
 */
export async function seedDemoPromotions(db: Db, orgId: number, nowMs = Date.now()): Promise<void> {
  const { time_zone } = await getOrgSettings(db, orgId);
  // Campaigns start and end at midnight on the company's clock, as people plan them.
  const iso = (days: number) => parseInstant(dayInZone(new Date(nowMs + days * DAY).toISOString(), time_zone), time_zone)!;
  const users = await db('users').where({ org_id: orgId }).select('id', 'role');
  const promoter = users.find((u) => u.role === 'promotion') ?? users[0];
  const manager = users.find((u) => u.role === 'manager') ?? users[0];
  const channels = new Map<string, { id: number; type: 'online' | 'offline'; audience: string }>(
    (await db('channels').where({ org_id: orgId, active: true }).select('id', 'code', 'type', 'audience')).map((c) => [c.code, { ...c, id: Number(c.id) }]),
  );
  const skus: DemoSku[] = (await db('skus').join('products', 'products.id', 'skus.product_id')
    .where({ 'skus.org_id': orgId, 'skus.status': 'active' }).orderBy('skus.id')
    .select('skus.id', 'products.rx_class', 'skus.channel_scope', 'skus.guide_price')).map((s) => ({ ...s, id: Number(s.id), guide_price: Number(s.guide_price) }));
  const floors = new Map<number, number>((await db('price_policies').where('org_id', orgId).select('sku_id', 'promo_floor_price')).map((p) => [Number(p.sku_id), Number(p.promo_floor_price)]));
  const history = new Map<string, DatedPrice[]>();
  for (const p of await db('channel_prices').where({ org_id: orgId, status: 'approved' }).select('id', 'sku_id', 'channel_id', 'price', 'effective_from', 'effective_to', 'status')) {
    const key = `${p.sku_id}:${p.channel_id}`;
    history.set(key, [...(history.get(key) ?? []), { ...p, price: Number(p.price) }]);
  }
  /** The lowest everyday price of a SKU across channels at an instant (its guide price when none). */
  const everyday = (skuId: number, channelIds: number[], at: string) => {
    const prices = channelIds.map((c) => priceInForce(history.get(`${skuId}:${c}`) ?? [], at)?.price).filter((p): p is number => p !== undefined);
    return prices.length ? Math.min(...prices) : skus.find((s) => s.id === skuId)!.guide_price;
  };
  /** A price `share` of everyday, in whole jiao, kept at or above the floor unless `belowFloor`. */
  const priced = (skuId: number, channelIds: number[], at: string, share: number, belowFloor = false) => {
    const floor = floors.get(skuId) ?? 0;
    const raw = Math.round((everyday(skuId, channelIds, at) * share) / 10) * 10;
    return fenToYuan(belowFloor ? Math.max(10, Math.min(raw, floor - 10)) : Math.max(raw, Math.ceil(floor / 10) * 10));
  };
  const allowedOn = (codes: string[], rx: boolean) => skus.filter((s) => (rx ? s.rx_class === 'rx' : s.rx_class !== 'rx')
    && codes.every((code) => { const c = channels.get(code); return c && scopeAllows(s.channel_scope, c.type) && (rx ? c.audience === 'b2b' : true); }));
  const ids = (codes: string[]) => codes.map((c) => channels.get(c)!.id);
  const has = (codes: string[]) => codes.every((c) => channels.has(c));
  // Disjoint SKU sets, so no two campaigns that may run together compete for a SKU.
  const otc = allowedOn(['JD', 'TMALL', 'ALIHEALTH', 'MEITUAN', 'PDD', 'HX-MINI'].filter((c) => channels.has(c)), false);
  const pick = (from: number, count: number) => otc.slice(from, from + count);

  const insert = async (body: Record<string, unknown>, status: Status, extra: Record<string, unknown> = {}) => {
    const input = PromotionInput.parse(body);
    const [row] = await db('promotions').insert({
      ...promotionColumns(input), org_id: orgId, status, created_by: promoter.id,
      submitted_by: status === 'draft' ? null : promoter.id, submitted_at: status === 'draft' ? null : input.start_at < iso(0) ? iso(-40) : iso(-2),
      version: 1, created_at: iso(-45), updated_at: iso(-2), ...extra,
    }).returning('id');
    const id = Number(typeof row === 'object' ? row.id : row);
    await writeParts(db, orgId, id, input);
    return id;
  };
  const decided = (note: string | null = null) => ({ decided_by: manager.id, decided_at: iso(-1), decision_note: note });

  const sales = await demoSales(db, orgId, channels, everyday);
  if (has(['JD', 'TMALL']) && otc.length >= 3) {
    const { start, end } = lastDoubleEleven(nowMs);
    const channelIds = ids(['JD', 'TMALL']);
    const id = await insert({
      name: '双11 狂欢秒杀', type: 'flash_sale', channel_ids: channelIds, start_at: start, end_at: end, budget: 30000, warmup_hours: 24,
      description: '双11 当天两场秒杀：上午 10–12 点，晚上 8 点到零点。', slots: [{ start: '10:00', end: '12:00' }, { start: '20:00', end: '24:00' }],
      items: pick(0, 3).map((s) => ({ sku_id: s.id, promo_price: priced(s.id, channelIds, start, 0.7), stock_limit: 500, per_customer_limit: 2, per_order_limit: 2 })),
    }, 'approved', { decided_at: start });
    // Both slots sold briskly: about 85% of the stock went, in the slots' hours.
    await sales.flash(id, 'JD', [start, end], 380);
  }
  if (has(['JD', 'ALIHEALTH', 'MEITUAN']) && otc.length >= 7) {
    const id = await insert({
      name: '冬季感冒季 限时 85 折', type: 'limited_discount', channel_ids: ids(['JD', 'ALIHEALTH', 'MEITUAN']), start_at: iso(-10), end_at: iso(20), rounding: 'jiao',
      description: '入冬感冒高发，解热镇痛、止咳类 OTC 八五折。', budget: 50000,
      items: pick(3, 4).map((s) => ({ sku_id: s.id, discount_pct: 15, per_customer_limit: 5 })),
    }, 'approved', { decided_at: iso(-12) });
    await sales.spread(id, 'JD', [iso(-10), new Date(nowMs - 60_000).toISOString()], 160, () => 1 + Math.floor(sales.random() * 3));
  }
  const b2b = allowedOn(['YSB'], true).slice(0, 4);
  if (has(['YSB']) && b2b.length) {
    const channelIds = ids(['YSB']);
    const id = await insert({
      name: '药师帮 阶梯采购价', type: 'volume_tier', channel_ids: channelIds, start_at: iso(-30), end_at: iso(60),
      description: '药店采购越多越便宜：10 盒起 97 折，50 盒 93 折，200 盒 9 折。',
      items: b2b.map((s) => ({ sku_id: s.id, tiers: [[10, 0.97], [50, 0.93], [200, 0.9]].map(([min, share]) => ({ min_qty: min, unit_price: priced(s.id, channelIds, iso(-30), share) })) })),
    }, 'approved', { decided_at: iso(-31) });
    await sales.spread(id, 'YSB', [iso(-30), new Date(nowMs - 60_000).toISOString()], 70, () => [10, 20, 50, 60, 120, 200, 240][Math.floor(sales.random() * 7)]);
  }
  if (has(['HX-MINI']) && otc.length >= 9) {
    const channelIds = ids(['HX-MINI']);
    await insert({
      name: '小程序 三人拼团', type: 'group_buy', channel_ids: channelIds, start_at: iso(3), end_at: iso(17), budget: 20000,
      description: '三人成团，团长再减；24 小时内未满员、但已到 2 人的团也算成功。',
      items: pick(7, 2).map((s) => ({
        sku_id: s.id, promo_price: priced(s.id, channelIds, iso(3), 0.8), leader_price: priced(s.id, channelIds, iso(3), 0.76), stock_limit: 300,
        per_customer_limit: 2, group_size: 3, group_window_hours: 24, auto_fill_pct: 67,
      })),
    }, 'approved', { decided_at: iso(-1) });
  }
  if (has(['PDD']) && otc.length >= 12) {
    const channelIds = ids(['PDD']);
    await insert({
      name: '拼多多 周末特惠', type: 'limited_discount', channel_ids: channelIds, start_at: iso(1), end_at: iso(45),
      recurrence: { every: 'weekly', weekdays: [6, 7], start: '00:00', end: '24:00' },
      items: pick(9, 2).map((s) => ({ sku_id: s.id, promo_price: priced(s.id, channelIds, iso(1), 0.6, true), per_customer_limit: 3 })),
    }, 'pending', { approval_reason: 'below_floor' });
    await insert({
      name: '清仓秒杀（低于底价）', type: 'flash_sale', channel_ids: channelIds, start_at: iso(-20), end_at: iso(-18),
      items: pick(11, 1).map((s) => ({ sku_id: s.id, promo_price: priced(s.id, channelIds, iso(-20), 0.4, true), stock_limit: 200 })),
    }, 'rejected', { approval_reason: 'below_floor', ...decided('低于底价过多，会冲击渠道价格体系；请按底价重新申请。') });
  }
  if (has(['TMALL']) && otc.length >= 2) {
    const channelIds = ids(['TMALL']);
    await insert({
      name: '618 年中大促 秒杀（草稿）', type: 'flash_sale', channel_ids: channelIds, start_at: iso(200), end_at: iso(202), slots: [{ start: '20:00', end: '22:00' }],
      items: pick(0, 2).map((s) => ({ sku_id: s.id, promo_price: priced(s.id, channelIds, iso(0), 0.75), stock_limit: 1000, per_customer_limit: 2 })),
    }, 'draft');
  }
  if (has(['HX-MINI']) && otc.length >= 14) {
    const channelIds = ids(['HX-MINI']);
    const id = await insert({
      name: '小程序 双人拼团', type: 'group_buy', channel_ids: channelIds, start_at: iso(-25), end_at: iso(-11), budget: 8000,
      description: '两人成团，24 小时内未成团自动退款。',
      items: pick(12, 2).map((s) => ({ sku_id: s.id, promo_price: priced(s.id, channelIds, iso(-25), 0.82), stock_limit: 400, per_customer_limit: 2, group_size: 2, group_window_hours: 24 })),
    }, 'approved', { decided_at: iso(-26) });
    await sales.groups(id, 'HX-MINI', [iso(-25), iso(-12)], 46, 14);
  }
  if (has(['HX-MINI']) && otc.length >= 10) {
    const channelIds = ids(['HX-MINI']);
    await insert({
      name: '会员日 两人拼团（已取消）', type: 'group_buy', channel_ids: channelIds, start_at: iso(-6), end_at: iso(8),
      items: pick(9, 1).map((s) => ({ sku_id: s.id, promo_price: priced(s.id, channelIds, iso(-6), 0.85), group_size: 2, group_window_hours: 12, stock_limit: 100 })),
    }, 'cancelled');
  }
}
