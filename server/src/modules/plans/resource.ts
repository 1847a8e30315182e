import { SalesPlan } from '../../../../shared/sales-schemas';
import type { ResourceDef } from '../crud/resource';
import { createCrudService } from '../crud/service';
import { apiError } from '../../http/errors';
import { englishMessage, msg } from '../../../../shared/validation-messages';

/** Monthly targets (simple-rest); one plan per month, channel and user (`plan_key`). */
export const salesPlansResource: ResourceDef = {
  resource: 'sales-plans',
  table: 'sales_plans',
  createSchema: SalesPlan,
  hidden: ['plan_key'],
  references: {
    channel_id: { table: 'channels', label: 'Channel', missing: 'channel_not_found' },
    user_id: { table: 'users', label: 'User', missing: 'user_not_found' },
  },
  /** A salesperson's plan names an active sales user; the key makes the plan unique per month, channel and user. */
  async prepare(ctx, data, existing) {
    if (data.user_id != null) {
      const seller = await ctx.db('users').where({ id: data.user_id, org_id: ctx.user.orgId, role: 'sales', active: true }).first('id');
      if (!seller) throw apiError(400, 'invalid_input', {}, { user_id: englishMessage(msg('plan_user_not_sales')) });
    }
    const merged = { ...existing, ...data };
    return { ...data, plan_key: `${merged.month}|${merged.channel_id ?? ''}|${merged.user_id ?? ''}` };
  },
  list: {
    defaultSort: ['month', 'DESC'],
    search: [],
    fields: {
      id: { type: 'integer' },
      month: { type: 'string' },
      channel_id: { type: 'integer' },
      user_id: { type: 'integer' },
      target_amount: { type: 'money' },
      version: { type: 'integer' },
      created_at: { type: 'date' },
      updated_at: { type: 'date' },
    },
  },
};

export const salesPlansService = createCrudService(salesPlansResource);
