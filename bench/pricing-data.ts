import type { Db } from '../server/src/db/knex';
import { createOrganization, insertUser } from '../server/src/db/organizations';
import { hashPassword } from '../server/src/modules/auth/passwords';
import { rebuildCurrentPrices } from '../server/src/modules/pricing/current-prices';

export const BENCH_PASSWORD = 'bench-password';
const PASSWORD = BENCH_PASSWORD;

/** Bulk-generates the benchmark company straight in SQL (portable across SQLite and PostgreSQL). */
export async function generatePricingData(db: Db, { skus: SKUS, channels: CHANNELS, versions: VERSIONS }: { skus: number; channels: number; versions: number }): Promise<void> {
  const now = new Date().toISOString();
  const org = await createOrganization(db, { name: 'Bench Pharma', kind: 'manufacturer' });
  await insertUser(db, { org_id: org, email: 'bench@bench.example', name: 'Bench', role: 'sales', password_hash: await hashPassword(PASSWORD) });
  const stamp = { org_id: org, version: 1, created_at: now, updated_at: now };
  const products = Array.from({ length: SKUS / 4 }, (_, i) => ({
    generic_name: `Product ${i}`, brand_name: `Brand ${i}`, dosage_form: '片剂', strength: '10mg',
    approval_number: `国药准字H${String(20000000 + i)}`, rx_class: i % 3 ? 'otc_a' : 'rx', storage: 'ambient',
    manufacturer: 'Bench', category: 'bench', ...stamp,
  }));
  await db.batchInsert('products', products, 500);
  const productIds: number[] = (await db('products').where({ org_id: org }).orderBy('id').select('id')).map((r) => r.id);
  const skus = Array.from({ length: SKUS }, (_, i) => ({
    product_id: productIds[Math.floor(i / 4)], code: `B-${String(i).padStart(6, '0')}`, name: `Bench SKU ${i}`,
    pack_desc: `×${12 * (1 + (i % 2))}`, units_per_pack: 12 * (1 + (i % 2)), unit: '片', gtin: null,
    channel_scope: 'all', guide_price: 1000 + (i % 500) * 10, status: 'active', ...stamp,
  }));
  await db.batchInsert('skus', skus, 500);
  await db.batchInsert('channels', Array.from({ length: CHANNELS }, (_, i) => ({
    name: `Channel ${i}`, code: `CH${i}`, type: i < CHANNELS / 2 ? 'online' : 'offline', platform: 'other', region: null,
    commission_rate: 0.05, active: true, ...stamp,
  })), 100);
  await db.raw(
    `INSERT INTO price_policies (org_id, sku_id, control_price, promo_floor_price, version, created_at, updated_at)
     SELECT org_id, id, guide_price * 80 / 100, guide_price * 70 / 100, 1, ?, ? FROM skus WHERE org_id = ?`, [now, now, org]);
  const versions = Array.from({ length: VERSIONS }, (_, v) => `SELECT ${v} AS v, '${new Date(Date.UTC(2025, 0, 1) + v * 90 * 86400000).toISOString()}' AS effective_from`).join(' UNION ALL ');
  // One statement per channel keeps each transaction (and PostgreSQL's memory) moderate.
  const channelIds: number[] = (await db('channels').where({ org_id: org }).select('id')).map((r) => r.id);
  for (const channelId of channelIds) {
    await db.raw(
      `INSERT INTO channel_prices (org_id, sku_id, channel_id, price, effective_from, status, approval_reason, version, created_at, updated_at)
       SELECT s.org_id, s.id, ?, s.guide_price * (90 + ((s.id * 7 + ? * 13 + vs.v) % 20)) / 100, vs.effective_from, 'approved', 'first_price', 1, ?, ?
       FROM skus s CROSS JOIN (${versions}) vs WHERE s.org_id = ?`,
      [channelId, channelId, now, now, org],
    );
  }
  await rebuildCurrentPrices(db, org);
  await db.raw('ANALYZE');
}

