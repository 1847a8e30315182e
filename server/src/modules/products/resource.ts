import { Product } from '../../../../shared/schemas';
import { RX_CLASSES, STORAGE_CONDITIONS } from '../../../../shared/enums';
import { apiError } from '../../http/errors';
import type { ResourceDef } from '../crud/resource';
import { createCrudService } from '../crud/service';

export const productsResource: ResourceDef = {
  resource: 'products',
  table: 'products',
  createSchema: Product,
  list: {
    defaultSort: ['generic_name', 'ASC'],
    search: ['products.generic_name', 'products.brand_name', 'products.approval_number', 'products.manufacturer'],
    fields: {
      id: { type: 'integer' },
      generic_name: { type: 'string' },
      brand_name: { type: 'string' },
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
  async beforeDelete(ctx, existing) {
    const sku = await ctx.db('skus').where({ product_id: existing.id, org_id: ctx.user.orgId }).first('id');
    if (sku) throw apiError(409, 'product_has_skus');
  },
};

export const productsService = createCrudService(productsResource);
