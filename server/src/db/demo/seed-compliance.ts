import { sellerMatchKey } from '../../../../shared/compliance';
import type { Role } from '../../../../shared/enums';
import { recordObservations, type NewObservation } from '../../modules/compliance/observation-writer';
import { actOnViolation } from '../../modules/compliance/violation-workflow';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Db } from '../knex';
import { evidenceDir } from '../../modules/compliance/evidence';
import { listingPng } from './listing-png';

const DAY = 86_400_000;
/** Deterministic 0..1, so every fresh demo database looks the same. */
const noise = (a: number, b: number, c = 0) => (((a * 7919 + b * 104729 + c * 15485863) % 1009) / 1009);
const roundJiao = (fen: number) => Math.round(fen / 10) * 10;

interface Store { channel: string; name: string; shop_id?: string; authorized: boolean | null; group?: string; grounds?: string }

/**
 * The stores a price-watch team sees: the company's own (flagship, mini-program, PDD store), partners'
 * authorised stores, unreviewed newcomers and two known unauthorised sellers.
 */
const STORES: Store[] = [
  { channel: 'TMALL', name: '华欣制药旗舰店', authorized: true },
  { channel: 'HX-MINI', name: '华欣健康小程序', authorized: true },
  { channel: 'PDD', name: '华欣制药官方旗舰店', authorized: true },
  { channel: 'JD', name: '京东大药房自营', shop_id: 'JD-1000001', authorized: true },
  { channel: 'JD', name: '老百姓大药房京东旗舰店', shop_id: 'JD-1003321', authorized: true, group: '老百姓大药房' },
  { channel: 'JD', name: '优品医药专营店', shop_id: 'JD-7781290', authorized: false, grounds: 'trademark,no_licence' },
  { channel: 'ALIHEALTH', name: '阿里健康大药房', shop_id: 'AH-2001', authorized: true },
  { channel: 'ALIHEALTH', name: '健民药房淘宝店', shop_id: 'TB-5529013', authorized: false, grounds: 'counterfeit' },
  { channel: 'MEITUAN', name: '一心堂（美团）', shop_id: 'MT-88123', authorized: true, group: '一心堂' },
  { channel: 'MEITUAN', name: '康宁大药房（新店）', shop_id: 'MT-90877', authorized: null },
];

/**
 * Ninety days of market observations with the breaches a team really meets: an own-channel price cut
 * that was fixed (resolved by itself), one still open on the mini-program, a PDD coupon stack below the
 * promotion floor, partners below the suggested price (intelligence), two unauthorised sellers, and a
 * violation in every workflow state, so the compliance dashboard's trends mean something at first start.
 */
export async function seedDemoCompliance(db: Db, orgId: number, nowMs = Date.now()): Promise<void> {
  await backdateListedPriceCases(db, orgId);
  const channels = new Map<string, number>((await db('channels').where('org_id', orgId).select('id', 'code')).map((c) => [c.code, Number(c.id)]));
  const stores = STORES.filter((s) => channels.has(s.channel));
  if (!stores.length) return;
  const iso = (ms: number) => new Date(ms).toISOString();
  const sellerIds = new Map<string, number>();
  for (const s of stores) {
    const [row] = await db('sellers').insert({
      org_id: orgId, channel_id: channels.get(s.channel), name: s.name, match_key: sellerMatchKey(s.name, s.shop_id), shop_id: s.shop_id ?? null,
      url: s.shop_id ? `https://shop.example.com/${s.shop_id}` : null, authorized: s.authorized, group_name: s.group ?? null, grounds: s.grounds ?? null,
      level: 0, first_seen_at: iso(nowMs - 90 * DAY), version: 1, created_at: iso(nowMs - 90 * DAY), updated_at: iso(nowMs - 90 * DAY),
    }).returning('id');
    sellerIds.set(s.name, Number(typeof row === 'object' ? row.id : row));
  }

  // The best-selling online packs with a policy, and what each channel lists them at.
  const skus: { id: number; code: string; control_price: number; promo_floor_price: number; guide_price: number }[] = await db('skus')
    .join('price_policies as p', 'p.sku_id', 'skus.id').where({ 'skus.org_id': orgId, 'skus.status': 'active' }).whereIn('skus.channel_scope', ['online', 'all'])
    .orderBy('skus.id').limit(14).select('skus.id', 'skus.code', 'p.control_price', 'p.promo_floor_price', 'skus.guide_price');
  const listed = new Map<string, number>();
  for (const c of await db('channel_price_current').where('org_id', orgId).whereNotNull('price').select('sku_id', 'channel_id', 'price')) {
    listed.set(`${c.sku_id}:${c.channel_id}`, Number(c.price));
  }

  const observations: NewObservation[] = [];
  skus.forEach((sku, k) => {
    const control = Number(sku.control_price);
    stores.forEach((store, j) => {
      const channelId = channels.get(store.channel)!;
      const everyday = Math.max(listed.get(`${sku.id}:${channelId}`) ?? Number(sku.guide_price), control);
      for (let daysAgo = 89; daysAgo >= 0; daysAgo -= 3 + ((k + j) % 3)) {
        const n = noise(sku.id, j, daysAgo);
        let price = roundJiao(everyday * (1 + n * 0.06));
        if (store.channel === 'TMALL' && k === 1 && daysAgo <= 60 && daysAgo >= 48) price = roundJiao(control * 0.9); // a cut fixed after two weeks
        if (store.channel === 'HX-MINI' && k === 2 && daysAgo <= 12) price = roundJiao(control * 0.82); // still open
        if (store.channel === 'HX-MINI' && k === 5 && daysAgo <= 20) price = roundJiao(control * 0.97); // to be acknowledged
        if (store.channel === 'PDD' && k === 3 && daysAgo <= 30) price = roundJiao(control * 0.93); // a coupon stack, waived as a platform subsidy
        if (store.channel === 'TMALL' && k === 6 && daysAgo <= 25 && daysAgo >= 10) price = roundJiao(control * 0.95); // resolved by hand
        if (store.authorized !== true && store.channel !== 'TMALL') price = roundJiao(control * (0.8 + n * 0.15)); // grey market undercuts
        if (store.name === '老百姓大药房京东旗舰店' && k % 4 === 0 && daysAgo <= 40) price = roundJiao(control * 0.94); // a partner below the suggested price
        const at = nowMs - daysAgo * DAY - Math.floor(n * 8 * 3_600_000) - 3_600_000;
        observations.push({
          channel_id: channelId, sku_id: sku.id, seller_id: sellerIds.get(store.name)!, store_name: store.name, shop_id: store.shop_id ?? null, price,
          observed_at: iso(at), url: `https://item.example.com/${store.shop_id ?? store.channel}/${sku.code}`, evidence_id: null,
          source: daysAgo % 2 ? 'api' : 'import', external_id: `demo-${store.channel}-${sku.code}-${daysAgo}-${j}`,
        });
      }
    });
  });
  observations.sort((a, b) => a.observed_at.localeCompare(b.observed_at));
  for (let i = 0; i < observations.length; i += 2000) {
    await recordObservations(db, orgId, observations.slice(i, i + 2000), { userId: null, email: 'price-watch' });
  }
  await seedScreenshots(db, orgId, [...sellerIds.entries()].filter(([name]) => stores.find((s) => s.name === name)?.authorized !== true).map(([, id]) => id));
  await seedWorkflowStates(db, orgId, skus.map((s) => s.id));
}

/**
 * The listed prices were judged when the demo was seeded, but a live company's were judged the day each
 * price took effect: their cases are dated then (or "new this week" would count the whole price list).
 */
async function backdateListedPriceCases(db: Db, orgId: number) {
  const inForce = db('violations').where({ org_id: orgId, origin: 'in_force' });
  await inForce.clone().update({
    first_seen_at: db.raw(`COALESCE((SELECT MAX(cp.effective_from) FROM channel_prices cp WHERE cp.org_id = violations.org_id AND cp.sku_id = violations.sku_id
      AND cp.channel_id = violations.channel_id AND cp.status = 'approved' AND cp.effective_from <= violations.first_seen_at), violations.first_seen_at)`),
  });
  await db('violation_events').where('kind', 'opened').whereIn('violation_id', inForce.clone().select('id'))
    .update({ at: db.raw('(SELECT v.first_seen_at FROM violations v WHERE v.id = violation_events.violation_id)') });
}

/** Screenshots behind the latest sightings of the stores a complaint may be filed against. */
async function seedScreenshots(db: Db, orgId: number, sellerIds: number[]) {
  const dir = evidenceDir();
  await fs.promises.mkdir(dir, { recursive: true });
  const png = listingPng();
  for (const sellerId of sellerIds) {
    const latest = await db('price_observations as o').join('skus as s', 's.id', 'o.sku_id').where({ 'o.org_id': orgId, 'o.seller_id': sellerId })
      .orderBy('o.observed_at', 'desc').limit(3).select('o.id', 'o.observed_at', 's.code');
    for (const o of latest) {
      const storedName = `${randomUUID()}.png`;
      await fs.promises.writeFile(path.join(dir, storedName), png);
      const [row] = await db('evidence_files').insert({
        org_id: orgId, stored_name: storedName, content_type: 'image/png', size: png.length, original_name: `截图-${o.code}.png`, created_at: o.observed_at,
      }).returning('id');
      await db('price_observations').where({ id: o.id }).update({ evidence_id: Number(typeof row === 'object' ? row.id : row) });
    }
  }
}

/** The team's work on the breaches: acknowledged, waived with a reason, resolved by hand, assigned, commented. */
async function seedWorkflowStates(db: Db, orgId: number, skuIds: number[]) {
  const manager = await db('users').where({ org_id: orgId, role: 'manager' }).first('id', 'email', 'name', 'locale');
  const sales = await db('users').where({ org_id: orgId, role: 'sales' }).first('id');
  if (!manager) return;
  const ctx = { db, user: { userId: Number(manager.id), orgId, role: 'manager' as Role, email: manager.email, name: manager.name, locale: manager.locale } };
  const open = async (code: string, sku: number) => db('violations').join('channels', 'channels.id', 'violations.channel_id')
    .where({ 'violations.org_id': orgId, 'violations.sku_id': sku, 'channels.code': code }).whereIn('violations.status', ['open']).first('violations.id');
  const acknowledged = await open('HX-MINI', skuIds[5]);
  if (acknowledged) await actOnViolation(ctx, acknowledged.id, 'acknowledge', { note: '已通知小程序运营，本周内恢复控价' });
  const waived = await open('PDD', skuIds[3]);
  if (waived) await actOnViolation(ctx, waived.id, 'waive', { reason: '平台百亿补贴，差价由拼多多承担，经理批准' });
  const fixed = await open('TMALL', skuIds[6]);
  if (fixed) await actOnViolation(ctx, fixed.id, 'resolve', { note: '旗舰店已恢复日常价' });
  const stillOpen = await open('HX-MINI', skuIds[2]);
  if (stillOpen && sales) {
    await actOnViolation(ctx, stillOpen.id, 'assign', { user_id: Number(sales.id) });
    await actOnViolation(ctx, stillOpen.id, 'comments', { note: '小程序满减叠加导致，请今天改价' });
  }
  const unauthorized = await db('violations').where({ org_id: orgId, kind: 'unauthorized_seller', status: 'open' }).orderBy('id').first('id');
  if (unauthorized) await actOnViolation(ctx, unauthorized.id, 'grounds', { grounds: ['trademark', 'no_licence'] });
}
