import { Channel } from '../../../../shared/schemas';
import { CHANNEL_PLATFORMS, CHANNEL_TYPES } from '../../../../shared/enums';
import type { ResourceDef } from '../crud/resource';
import { createCrudService } from '../crud/service';

export const channelsResource: ResourceDef = {
  resource: 'channels',
  table: 'channels',
  createSchema: Channel,
  hidden: ['api_key_hash'],
  list: {
    defaultSort: ['code', 'ASC'],
    search: ['channels.name', 'channels.code', 'channels.region'],
    fields: {
      id: { type: 'integer' },
      name: { type: 'string', sortColumn: 'channels.name_sort' },
      code: { type: 'string', unique: true },
      type: { type: 'string', enum: CHANNEL_TYPES },
      platform: { type: 'string', enum: CHANNEL_PLATFORMS },
      region: { type: 'string' },
      commission_rate: { type: 'number' },
      active: { type: 'boolean' },
      version: { type: 'integer' },
      created_at: { type: 'date' },
      updated_at: { type: 'date' },
    },
  },
};

export const channelsService = createCrudService(channelsResource);
