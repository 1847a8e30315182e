import { createOrganization, insertUser } from '../../src/db/organizations';
import { hashPassword } from '../../src/modules/auth/passwords';
import type { Db } from '../../src/db/knex';
import type { Role } from '../../../shared/enums';
import { refreshSortKeys } from '../../src/modules/search/sort-keys';
import { defaultAudience } from '../../../shared/promotions';
import { defaultOperatedBy } from '../../../shared/compliance';

export const PASSWORD = 'correct-horse-battery';

const now = () => new Date().toISOString();

/** Two small tenants with one user per role in `acme` and an admin in `rival`. */
export async function seedFixture(db: Db) {
  const hash = await hashPassword(PASSWORD);
  const acme = await createOrganization(db, { name: 'Acme Pharma', kind: 'manufacturer' });
  const rival = await createOrganization(db, { name: 'Rival Distribution', kind: 'distributor' });
  const roles: Role[] = ['admin', 'manager', 'sales', 'promotion'];
  const users: Record<string, number> = {};
  for (const role of roles) {
    users[role] = await insertUser(db, { org_id: acme, email: `${role}@acme.test`, name: `Acme ${role}`, role, password_hash: hash });
  }
  users.rivalAdmin = await insertUser(db, { org_id: rival, email: 'admin@rival.test', name: 'Rival admin', role: 'admin', password_hash: hash });

  const stamp = { version: 1, created_at: now(), updated_at: now() };
  const product = (org: number, generic: string, rx: string, approval: string | null) => ({
    org_id: org, generic_name: generic, brand_name: `${generic} brand`, dosage_form: '片剂', strength: '10mg',
    approval_number: approval, rx_class: rx, storage: 'ambient', manufacturer: 'Maker', category: 'test', vbp_price: null, ...stamp,
  });
  const [p1] = await db('products').insert(product(acme, '阿莫西林胶囊', 'rx', '国药准字H20040001')).returning('id');
  const [p2] = await db('products').insert(product(acme, '布洛芬缓释胶囊', 'otc_a', '国药准字H20013062')).returning('id');
  const [p3] = await db('products').insert(product(rival, '对乙酰氨基酚片', 'otc_a', '国药准字H20023456')).returning('id');
  const id = (r: { id: number } | number) => (typeof r === 'object' ? r.id : r);
  const products = { amoxicillin: id(p1), ibuprofen: id(p2), rivalProduct: id(p3) };

  const sku = (org: number, productId: number, code: string, units: number, scope: string, fen: number, status = 'active') => ({
    org_id: org, product_id: productId, code, name: `${code} name`, pack_desc: `×${units}`, units_per_pack: units, unit: '粒',
    gtin: null, channel_scope: scope, guide_price: fen, status, ...stamp,
  });
  await db('skus').insert([
    sku(acme, products.amoxicillin, 'AMX-12', 12, 'online', 990),
    sku(acme, products.amoxicillin, 'AMX-24', 24, 'offline', 1850),
    sku(acme, products.ibuprofen, 'IBU-20', 20, 'all', 1580),
    sku(acme, products.ibuprofen, 'IBU-10', 10, 'online', 890, 'inactive'),
    sku(acme, products.ibuprofen, 'IBU-50', 50, 'offline', 3500),
    sku(rival, products.rivalProduct, 'RIV-10', 10, 'all', 500),
  ]);
  const skuIds = Object.fromEntries((await db('skus').select('id', 'code')).map((r) => [r.code, r.id])) as Record<string, number>;

  const channel = (org: number, code: string, type: string, platform: string) => ({
    org_id: org, name: `${code} channel`, code, type, platform, region: '华东', commission_rate: 0.05, active: true, audience: defaultAudience(platform), operated_by: defaultOperatedBy(platform), ...stamp,
  });
  await db('channels').insert([
    channel(acme, 'JD', 'online', 'jd'),
    channel(acme, 'DIST', 'offline', 'distributor'),
    channel(rival, 'RIV-MINI', 'online', 'own_store'),
  ]);
  const channelIds = Object.fromEntries((await db('channels').select('id', 'code')).map((r) => [r.code, r.id])) as Record<string, number>;
  await refreshSortKeys(db); // as the API would have: names sort by pinyin
  return { orgs: { acme, rival }, users, products, skus: skuIds, channels: channelIds };
}

export type Fixture = Awaited<ReturnType<typeof seedFixture>>;
