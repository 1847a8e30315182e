import { PricePolicy } from '../../../../shared/pricing-schemas';
import type { ResourceDef } from '../crud/resource';
import { createCrudService } from '../crud/service';
import { evaluatePricesInForce } from '../compliance/reevaluation';

export const pricePoliciesResource: ResourceDef = {
  resource: 'price-policies',
  table: 'price_policies',
  createSchema: PricePolicy,
  references: { sku_id: { table: 'skus', label: 'SKU', missing: 'sku_not_found' } },
  /** A new or removed policy changes what the SKU's listed prices may be: judge them again. */
  async afterWrite(ctx, before, after) {
    await evaluatePricesInForce(ctx.db, ctx.user.orgId, [Number((after ?? before)!.sku_id)]);
  },
  list: {
    defaultSort: ['sku_id', 'ASC'],
    search: [],
    fields: {
      id: { type: 'integer' },
      sku_id: { type: 'integer' },
      control_price: { type: 'money' },
      promo_floor_price: { type: 'money' },
      version: { type: 'integer' },
      created_at: { type: 'date' },
      updated_at: { type: 'date' },
    },
    custom: { pending: 'boolean' },
  },
};

export const pricePoliciesService = createCrudService(pricePoliciesResource);
