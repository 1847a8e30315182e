import { Sku } from '../../../../shared/schemas';
import { CHANNEL_SCOPES, SKU_STATUSES } from '../../../../shared/enums';
import type { ResourceDef } from '../crud/resource';
import { createCrudService } from '../crud/service';
import { skuKeys } from '../search/search-keys';

export const skusResource: ResourceDef = {
  resource: 'skus',
  table: 'skus',
  createSchema: Sku,
  references: { product_id: { table: 'products', label: 'Product', missing: 'product_not_found' } },
  hidden: ['search_keys'],
  /** Pinyin keys of the SKU's name and its product's names. */
  async prepare(ctx, data, existing) {
    const merged = { ...existing, ...data };
    const product = await ctx.db('products').where({ id: merged.product_id, org_id: ctx.user.orgId }).first('generic_name', 'brand_name');
    return { ...data, search_keys: skuKeys(merged.name, product) };
  },
  list: {
    defaultSort: ['code', 'ASC'],
    search: ['skus.code', 'skus.name', 'skus.gtin', 'skus.pack_desc', 'skus.search_keys'],
    fields: {
      id: { type: 'integer' },
      product_id: { type: 'integer' },
      code: { type: 'string', unique: true },
      name: { type: 'string', sortColumn: 'skus.name_sort' },
      pack_desc: { type: 'string' },
      units_per_pack: { type: 'integer' },
      unit: { type: 'string' },
      gtin: { type: 'string' },
      channel_scope: { type: 'string', enum: CHANNEL_SCOPES },
      guide_price: { type: 'money' },
      status: { type: 'string', enum: SKU_STATUSES },
      version: { type: 'integer' },
      created_at: { type: 'date' },
      updated_at: { type: 'date' },
    },
  },
};

export const skusService = createCrudService(skusResource);
