import { Product } from '../../../../shared/schemas';
import { RX_CLASSES, STORAGE_CONDITIONS } from '../../../../shared/enums';
import { apiError } from '../../http/errors';
import type { ResourceDef } from '../crud/resource';
import { createCrudService } from '../crud/service';
import { productKeys, refreshSearchKeys } from '../search/search-keys';

export const productsResource: ResourceDef = {
  resource: 'products',
  table: 'products',
  createSchema: Product,
  list: {
    defaultSort: ['generic_name', 'ASC'],
    search: ['products.generic_name', 'products.brand_name', 'products.approval_number', 'products.manufacturer', 'products.search_keys'],
    fields: {
      id: { type: 'integer' },
      generic_name: { type: 'string', sortColumn: 'products.generic_name_sort' },
      brand_name: { type: 'string', sortColumn: 'products.brand_name_sort' },
      dosage_form: { type: 'string' },
      strength: { type: 'string' },
      approval_number: { type: 'string' },
      rx_class: { type: 'string', enum: RX_CLASSES },
      storage: { type: 'string', enum: STORAGE_CONDITIONS },
      manufacturer: { type: 'string' },
      category: { type: 'string' },
      vbp_price: { type: 'money' },
      parity_tolerance: { type: 'number' },
      version: { type: 'integer' },
      created_at: { type: 'date' },
      updated_at: { type: 'date' },
    },
  },
  hidden: ['search_keys'],
  prepare: (_ctx, data, existing) => ({ ...data, search_keys: productKeys({ ...existing, ...data }) }),
  /** A renamed product renames its SKUs in search too (their keys hold the product's names). */
  async afterWrite(ctx, before, after) {
    if (!after || (before && before.generic_name === after.generic_name && before.brand_name === after.brand_name)) return;
    await refreshSearchKeys(ctx.db, { orgId: ctx.user.orgId, productIds: [after.id as number] });
  },
  async beforeDelete(ctx, existing) {
    const sku = await ctx.db('skus').where({ product_id: existing.id, org_id: ctx.user.orgId }).first('id');
    if (sku) throw apiError(409, 'product_has_skus');
  },
};

export const productsService = createCrudService(productsResource);
