import type { Knex } from 'knex';
import { pinyinSearchKeys } from '../../../../shared/pinyin-keys';

type Db = Knex | Knex.Transaction;
const BATCH = 500;

/** A product's pinyin keys: its generic and brand names. */
export const productKeys = (p: { generic_name?: unknown; brand_name?: unknown }) =>
  pinyinSearchKeys(p.generic_name as string, p.brand_name as string) || null;

/** A SKU's pinyin keys: its own name and its product's names, so "amxl" finds every amoxicillin pack. */
export const skuKeys = (name: unknown, product?: { generic_name?: unknown; brand_name?: unknown }) =>
  pinyinSearchKeys(name as string, product?.generic_name as string, product?.brand_name as string) || null;

/**
 * Recomputes the pinyin keys of products and their SKUs (all of an organization, or some products),
 * for rows written outside the API (the demo seed, a migration's backfill) and after a product rename.
 */
export async function refreshSearchKeys(db: Db, where: { orgId?: number; productIds?: number[] } = {}): Promise<void> {
  const scope = (q: Knex.QueryBuilder, table: 'products' | 'skus') => {
    if (where.orgId !== undefined) q.where(`${table}.org_id`, where.orgId);
    if (where.productIds) q.whereIn(table === 'products' ? 'products.id' : 'skus.product_id', where.productIds);
    return q;
  };
  const products = await scope(db('products').select('id', 'generic_name', 'brand_name'), 'products');
  const byId = new Map<number, { generic_name?: unknown; brand_name?: unknown }>(products.map((p: { id: number; generic_name: string; brand_name: string | null }) => [p.id, p]));
  for (let i = 0; i < products.length; i += BATCH) {
    for (const p of products.slice(i, i + BATCH)) await db('products').where({ id: p.id }).update({ search_keys: productKeys(p) });
  }
  const skus = await scope(db('skus').select('id', 'name', 'product_id'), 'skus');
  for (const s of skus) await db('skus').where({ id: s.id }).update({ search_keys: skuKeys(s.name, byId.get(s.product_id)) });
}
