import type { Db } from '../knex';
import { PROVINCES } from '../../../../shared/provinces';
import { salesDay } from '../../../../shared/sales';
import { DEFAULT_TIME_ZONE } from '../../../../shared/instants';
import { clock } from '../../clock';
import { rebuildRollups } from '../../modules/orders/rollups';

/** Deterministic pseudo-random numbers: every fresh demo database holds the same orders. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const PHARMACIES = ['仁心大药房', '百姓缘药店', '同济堂药房', '康宁药店', '益丰大药房', '大参林药店', '海王星辰', '健之佳药房', '德仁堂', '九州通药房', '老百姓大药房', '一心堂药店'];
const HOSPITALS = ['人民医院', '中医院', '第一医院', '妇幼保健院', '中心医院'];
const CLINICS = ['社区卫生服务中心', '乡镇卫生院', '康乐诊所', '仁爱门诊部'];
/** Population-ish weights of the 31 provinces (order of PROVINCES), so Guangdong and Shandong buy most. */
const PROVINCE_WEIGHTS = [22, 14, 74, 35, 24, 42, 24, 31, 25, 85, 65, 61, 41, 45, 101, 99, 58, 66, 126, 50, 10, 32, 84, 39, 47, 4, 40, 25, 6, 7, 26];
/** Distributors sell on in their own regions. */
const REGION_PROVINCES: Record<string, string[]> = {
  'DIST-NORTH': ['北京市', '天津市', '河北省', '山西省', '内蒙古自治区', '山东省'],
  'DIST-EAST': ['上海市', '江苏省', '浙江省', '安徽省', '福建省', '江西省'],
};

function weightedPicker<T>(items: readonly T[], weights: readonly number[], random: () => number): () => T {
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = weights.map(((sum) => (w: number) => (sum += w))(0));
  return () => {
    const r = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

/** How busy a day is: a winter cold-and-flu peak, 618 and Double 11 on online channels, quieter weekends offline. */
export function dayWeight(day: Date, online: boolean): number {
  const month = day.getUTCMonth() + 1;
  const date = day.getUTCDate();
  const season = [1.45, 1.35, 1.1, 0.95, 0.85, 0.85, 0.8, 0.8, 0.9, 1.0, 1.15, 1.4][month - 1];
  let spike = 1;
  if (online && month === 6 && date <= 18) spike = date === 18 ? 4 : date >= 15 ? 2.2 : 1.4;
  if (online && month === 11 && date <= 11) spike = date === 11 ? 6 : date >= 8 ? 2.5 : 1.5;
  const weekday = day.getUTCDay();
  const week = online ? (weekday === 0 || weekday === 6 ? 1.15 : 1) : (weekday === 0 ? 0.3 : weekday === 6 ? 0.6 : 1.1);
  return season * spike * week;
}

interface Options { lines: number; days: number; seed: number }

/**
 * Twelve months of a company's orders across its active channels and the 31 provinces: consumers on
 * the online channels (masked names, pseudonymous buyer ids), pharmacies, hospitals and clinics
 * offline, bulk sell-in to the distributors, and the distributors' sell-through (sell-out) to
 * pharmacies and hospitals in their regions; some cancellations and refunds; then the rollups and
 * monthly plans. Written in batches with explicit ids, so a first start stays well under a minute.
 */
export async function seedDemoOrders(db: Db, orgId: number, { lines: targetLines, days, seed }: Options): Promise<{ orders: number; lines: number }> {
  const random = rng(seed);
  const channels: { id: number; code: string; type: string; platform: string }[] = await db('channels').where({ org_id: orgId, active: true }).select('id', 'code', 'type', 'platform');
  const skus: { id: number; channel_scope: string; guide_price: number }[] = (await db('skus').where({ org_id: orgId, status: 'active' }).select('id', 'channel_scope', 'guide_price'))
    .map((s: { id: number; channel_scope: string; guide_price: unknown }) => ({ ...s, guide_price: Number(s.guide_price) }));
  if (!channels.length || !skus.length) return { orders: 0, lines: 0 };
  const skusFor = (type: string) => skus.filter((s) => s.channel_scope === 'all' || s.channel_scope === type);
  const onlineSkus = skusFor('online');
  const offlineSkus = skusFor('offline');
  const province = weightedPicker(PROVINCES, PROVINCE_WEIGHTS, random);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const channelWeight = (c: { type: string; platform: string }) => (c.type === 'online' ? 10 : c.platform === 'distributor' ? 1.2 : 3);
  const nowMs = clock.nowMs();
  // Days start at midnight in Beijing time (UTC+8, no daylight saving): the last one is today.
  const SHANGHAI_MS = 8 * 3600_000;
  const start = Math.floor((nowMs + SHANGHAI_MS) / DAY_MS) * DAY_MS - SHANGHAI_MS - (days - 1) * DAY_MS;

  // Orders per day so that lines come to about the target: ~1.5 lines per online order, ~2.5 offline.
  const dayWeights: { online: number; offline: number }[] = [];
  let weightSum = 0;
  for (let d = 0; d < days; d++) {
    const day = new Date(start + d * DAY_MS);
    const w = { online: dayWeight(day, true), offline: dayWeight(day, false) };
    dayWeights.push(w);
    weightSum += w.online * 1.5 * 0.8 + w.offline * 2.5 * 0.2;
  }
  const ordersPerWeight = targetLines / weightSum;

  const [{ maxId }] = await db('orders').max({ maxId: 'id' });
  let orderId = Number(maxId ?? 0);
  const orders: Record<string, unknown>[] = [];
  const lineRows: Record<string, unknown>[] = [];
  const online = channels.filter((c) => c.type === 'online');
  const offline = channels.filter((c) => c.type === 'offline');
  const pickOnline = weightedPicker(online, online.map(channelWeight), random);
  const pickOffline = offline.length ? weightedPicker(offline, offline.map(channelWeight), random) : null;
  const stamp = new Date(nowMs).toISOString();

  const addOrder = (channel: { id: number; code: string; type: string; platform: string }, at: number, flow: 'sell_in' | 'sell_out') => {
    const id = ++orderId;
    const ageDays = (nowMs - at) / DAY_MS;
    const r = random();
    const status = ageDays < 2 ? (r < 0.6 ? 'paid' : 'shipped') : ageDays < 6 && r < 0.3 ? 'shipped'
      : r < 0.025 ? 'cancelled' : r < 0.035 ? 'refunded' : 'completed';
    let customerType: string;
    let customerName: string | null;
    let customerRef: string | null = null;
    let where = province();
    let pool = channel.type === 'online' ? onlineSkus : offlineSkus;
    let qty = () => 1 + Math.floor(random() * random() * 4);
    let lineCount = 1 + Math.floor(random() * random() * 3);
    if (flow === 'sell_out') {
      customerType = random() < 0.75 ? 'pharmacy' : 'hospital';
      where = pick(REGION_PROVINCES[channel.code] ?? PROVINCES) as typeof where;
      customerName = `${where.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '')}${customerType === 'pharmacy' ? pick(PHARMACIES) : pick(HOSPITALS)}`;
      qty = () => 5 + Math.floor(random() * 60);
      lineCount = 1 + Math.floor(random() * 3);
    } else if (channel.type === 'online') {
      customerType = 'consumer';
      customerName = `${pick(Array.from(SURNAMES))}*`; // masked on the way in, as every consumer is
      customerRef = `${channel.code.toLowerCase()}_${Math.floor(random() * 1e8).toString(36)}`;
    } else if (channel.platform === 'distributor') {
      customerType = 'distributor';
      customerName = channel.code === 'DIST-NORTH' ? '国药控股北京有限公司' : '华润医药商业集团';
      where = pick(REGION_PROVINCES[channel.code] ?? PROVINCES) as typeof where;
      qty = () => 20 + Math.floor(random() * 180);
      lineCount = 2 + Math.floor(random() * 3);
    } else {
      customerType = channel.platform === 'hospital' ? 'hospital' : channel.platform === 'clinic' ? 'clinic' : 'pharmacy';
      customerName = customerType === 'hospital' ? '苏州市第一人民医院' : customerType === 'clinic' ? pick(CLINICS) : pick(PHARMACIES);
      if (channel.platform === 'hospital') where = '江苏省';
      qty = () => 5 + Math.floor(random() * 40);
      lineCount = 1 + Math.floor(random() * 4);
      pool = offlineSkus;
    }
    if (!pool.length) pool = skus;
    let total = 0;
    const used = new Set<number>();
    for (let n = 0; n < lineCount; n++) {
      const sku = pick(pool);
      if (used.has(sku.id)) continue;
      used.add(sku.id);
      const q = qty();
      // Channel prices sit around the guide price; distributors buy at a discount, resell a little above it.
      const factor = flow === 'sell_out' ? 1.05 : customerType === 'distributor' ? 0.72 : channel.type === 'online' ? 0.9 + random() * 0.15 : 0.85;
      const unit = Math.max(1, Math.round(sku.guide_price * factor));
      const amount = q * unit;
      total += amount;
      lineRows.push({ org_id: orgId, order_id: id, line_no: used.size, sku_id: sku.id, qty: q, unit_price: unit, amount, promotion_id: null });
    }
    const ordered = new Date(at).toISOString();
    orders.push({
      id, org_id: orgId, channel_id: channel.id, order_no: `${flow === 'sell_out' ? 'LX' : channel.code}-${String(id).padStart(8, '0')}`,
      flow, ordered_at: ordered, sales_day: salesDay(ordered, DEFAULT_TIME_ZONE), status, customer_name: customerName, customer_ref: customerRef,
      customer_type: customerType, province: where, city: null, source: flow === 'sell_out' ? 'import' : channel.type === 'online' ? 'api' : 'import',
      total, version: 1, created_at: stamp, updated_at: stamp,
    });
  };

  const distributors = offline.filter((c) => REGION_PROVINCES[c.code]);
  for (let d = 0; d < days; d++) {
    const dayStart = start + d * DAY_MS;
    const w = dayWeights[d];
    const onlineOrders = Math.round(w.online * 0.8 * ordersPerWeight * (0.85 + random() * 0.3));
    const offlineOrders = Math.round(w.offline * 0.2 * ordersPerWeight * (0.85 + random() * 0.3) / 2);
    // Shoppers buy mostly from 08:00 to midnight Beijing time, some at night; today only up to now.
    const at = () => dayStart + (random() < 0.85 ? 8 + random() * 16 : random() * 8) * 3600_000;
    const place = (channel: (typeof channels)[number], flow: 'sell_in' | 'sell_out') => {
      const when = at();
      if (when < nowMs) addOrder(channel, when, flow);
    };
    for (let i = 0; i < onlineOrders; i++) place(pickOnline(), 'sell_in');
    for (let i = 0; pickOffline && i < offlineOrders; i++) place(pickOffline(), 'sell_in');
    for (const dist of distributors) {
      for (let i = 0; i < offlineOrders / 3; i++) place(dist, 'sell_out');
    }
  }
  for (let i = 0; i < orders.length; i += 500) await db.batchInsert('orders', orders.slice(i, i + 500), 500);
  for (let i = 0; i < lineRows.length; i += 500) await db.batchInsert('order_lines', lineRows.slice(i, i + 500), 500);
  if (db.client.config.client === 'pg') {
    await db.raw("SELECT setval(pg_get_serial_sequence('orders', 'id'), (SELECT MAX(id) FROM orders))");
  }
  await rebuildRollups(db, orgId);
  return { orders: orders.length, lines: lineRows.length };
}

/**
 * A plan for every month of the demo year and the next: the company's target near what it sold
 * (some months missed, some beaten), the big online channels' targets, and the sales user's.
 */
export async function seedDemoPlans(db: Db, orgId: number, salesUserId: number | null, seed: number): Promise<void> {
  const random = rng(seed + 1);
  const monthly: { month: string; channel_id: number; amount: unknown }[] = await db('sales_daily_orders')
    .where({ org_id: orgId, flow: 'sell_in' })
    .groupByRaw('substr(day, 1, 7), channel_id')
    .select(db.raw('substr(day, 1, 7) as month'), 'channel_id', db.raw('SUM(amount) as amount'));
  const byMonth = new Map<string, number>();
  for (const m of monthly) byMonth.set(m.month, (byMonth.get(m.month) ?? 0) + Number(m.amount));
  const ownedChannels = salesUserId ? (await db('channels').where({ org_id: orgId, owner_user_id: salesUserId }).pluck('id')).map(Number) : [];
  const stamp = new Date(clock.nowMs()).toISOString();
  const rows: Record<string, unknown>[] = [];
  const target = (fen: number) => Math.max(100_000, Math.round((fen * (0.92 + random() * 0.2)) / 1_000_000) * 1_000_000);
  const months = [...byMonth.keys()].sort();
  const last = months[months.length - 1];
  if (last) {
    const [y, m] = last.split('-').map(Number);
    months.push(m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`);
  }
  const plan = (month: string, channelId: number | null, userId: number | null, fen: number) => rows.push({
    org_id: orgId, month, channel_id: channelId, user_id: userId, plan_key: `${month}|${channelId ?? ''}|${userId ?? ''}`,
    target_amount: target(fen), version: 1, created_at: stamp, updated_at: stamp,
  });
  // The current month is only partly sold, and the next not at all: both are planned on the last whole month.
  const lastWhole = months[months.length - 3] ?? months[0];
  for (const month of months) {
    const basis = month >= months[months.length - 2] ? lastWhole : month;
    const perChannel = monthly.filter((m) => m.month === basis).sort((a, b) => Number(b.amount) - Number(a.amount));
    plan(month, null, null, byMonth.get(basis) ?? 0);
    for (const c of perChannel.slice(0, 3)) plan(month, Number(c.channel_id), null, Number(c.amount));
    if (salesUserId && ownedChannels.length) {
      plan(month, null, salesUserId, perChannel.filter((c) => ownedChannels.includes(Number(c.channel_id))).reduce((sum, c) => sum + Number(c.amount), 0));
    }
  }
  if (rows.length) await db.batchInsert('sales_plans', rows, 200);
}
