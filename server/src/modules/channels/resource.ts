import { Channel } from '../../../../shared/schemas';
import { CHANNEL_PLATFORMS, CHANNEL_TYPES } from '../../../../shared/enums';
import type { ResourceDef } from '../crud/resource';
import { createCrudService } from '../crud/service';
import { apiError } from '../../http/errors';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import { CHANNEL_AUDIENCES, defaultAudience } from '../../../../shared/promotions';
import { OPERATED_BY, defaultOperatedBy } from '../../../../shared/compliance';

export const channelsResource: ResourceDef = {
  resource: 'channels',
  table: 'channels',
  createSchema: Channel,
  hidden: ['api_key_hash'],
  references: { owner_user_id: { table: 'users', label: 'User', missing: 'user_not_found' } },
  /** The owner is an active sales user of the company. */
  async prepare(ctx, data) {
    if (data.owner_user_id != null) {
      const owner = await ctx.db('users').where({ id: data.owner_user_id, org_id: ctx.user.orgId, role: 'sales', active: true }).first('id');
      if (!owner) throw apiError(400, 'invalid_input', {}, { owner_user_id: englishMessage(msg('owner_not_sales')) });
    }
    return {
      ...data,
      audience: data.audience ?? defaultAudience(String(data.platform)),
      operated_by: data.operated_by ?? defaultOperatedBy(String(data.platform)),
    };
  },
  list: {
    defaultSort: ['code', 'ASC'],
    search: ['channels.name', 'channels.code', 'channels.region'],
    fields: {
      id: { type: 'integer' },
      name: { type: 'string', sortColumn: 'channels.name_sort' },
      code: { type: 'string', unique: true },
      type: { type: 'string', enum: CHANNEL_TYPES },
      platform: { type: 'string', enum: CHANNEL_PLATFORMS },
      audience: { type: 'string', enum: CHANNEL_AUDIENCES },
      operated_by: { type: 'string', enum: OPERATED_BY },
      region: { type: 'string' },
      commission_rate: { type: 'number' },
      active: { type: 'boolean' },
      owner_user_id: { type: 'integer' },
      version: { type: 'integer' },
      created_at: { type: 'date' },
      updated_at: { type: 'date' },
    },
  },
};

export const channelsService = createCrudService(channelsResource);
