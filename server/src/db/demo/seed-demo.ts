import { refreshSearchKeys } from '../../modules/search/search-keys';
import { refreshSortKeys } from '../../modules/search/sort-keys';
import type { Db } from '../knex';
import { createOrganization, insertUser } from '../organizations';
import { hashPassword } from '../../modules/auth/passwords';
import { Channel, Product, Sku } from '../../../../shared/schemas';
import { yuanToFen } from '../../../../shared/money';
import { nowIso } from '../../http/context';
import { huaxin } from './huaxin';
import { kangda } from './kangda';
import type { DemoCompany } from './types';
import { seedDemoPrices } from './seed-prices';
import { seedDemoOrders, seedDemoPlans } from './seed-orders';
import { seedDemoPromotions } from './seed-promotions';
import { seedDemoCompliance } from './seed-compliance';
import { defaultAudience } from '../../../../shared/promotions';
import { defaultOperatedBy } from '../../../../shared/compliance';

export const DEMO_PASSWORD = 'rxchannel-demo';
export const DEMO_COMPANIES: DemoCompany[] = [huaxin, kangda];
export const DEMO_LOGINS = DEMO_COMPANIES.flatMap((c) => c.users.map((u) => ({ email: u.email, role: u.role, org: c.name })));

/** Seeds the demo companies when the database has no organization yet; returns whether it did. */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  const existing = await db('organizations').first('id');
  if (existing) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (trx) => {
    for (const company of DEMO_COMPANIES) await seedCompany(trx, company, passwordHash);
  });
  return true;
}

async function seedCompany(db: Db, company: DemoCompany, passwordHash: string): Promise<void> {
  const orgId = await createOrganization(db, { name: company.name, kind: company.kind });
  for (const user of company.users) await insertUser(db, { ...user, org_id: orgId, password_hash: passwordHash });
  const now = nowIso();
  const stamp = { org_id: orgId, version: 1, created_at: now, updated_at: now };

  const channels = company.channels.map((c) => {
    const channel = Channel.parse(c);
    return { ...channel, audience: channel.audience ?? defaultAudience(channel.platform), operated_by: channel.operated_by ?? defaultOperatedBy(channel.platform), ...stamp };
  });
  await db.batchInsert('channels', channels, 100);

  for (const { skus, ...demoProduct } of company.products) {
    const product = Product.parse(demoProduct);
    const [row] = await db('products')
      .insert({ ...product, vbp_price: product.vbp_price == null ? null : yuanToFen(product.vbp_price), ...stamp })
      .returning('id');
    const productId = typeof row === 'object' ? row.id : row;
    const skuRows = skus.map((s) => {
      const sku = Sku.parse({ ...s, product_id: productId });
      return { ...sku, guide_price: yuanToFen(sku.guide_price), ...stamp };
    });
    if (skuRows.length) await db.batchInsert('skus', skuRows, 100);
  }
  await refreshSearchKeys(db, { orgId }); // pinyin search of the demo catalog
  await seedDemoPrices(db, orgId);
  await refreshSortKeys(db, orgId); // names (products, SKUs, channels, users) in pinyin order
  // Sales: a year of orders (most for the manufacturer, a little for the distributor), then plans.
  const salesUser = await db('users').where({ org_id: orgId, role: 'sales' }).orderBy('id').first('id');
  if (salesUser) await db('channels').where({ org_id: orgId }).whereIn('code', company.ownedChannels ?? []).update({ owner_user_id: salesUser.id });
  await seedDemoOrders(db, orgId, { lines: company.orderLines ?? 0, days: 365, seed: orgId * 7919 });
  await seedDemoPlans(db, orgId, salesUser?.id ?? null, orgId * 7919);
  await seedDemoPromotions(db, orgId);
  await seedDemoCompliance(db, orgId);
}
