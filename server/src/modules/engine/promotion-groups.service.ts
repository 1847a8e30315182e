import { writerOf } from '../../db/knex';
import type { ServiceContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { applyFilters, applySortAndRange, type ListQuery, type ListSpec } from '../../http/simple-rest';
import { sweepExpiredGroups } from './group-buys';

type Row = Record<string, unknown>;

export const promotionGroupsList: ListSpec = {
  fields: {
    id: { type: 'integer', unique: true },
    promotion_id: { type: 'integer' },
    sku_id: { type: 'integer' },
    channel_id: { type: 'integer' },
    leader_ref: { type: 'string' },
    size: { type: 'integer' },
    members: { type: 'integer' },
    status: { type: 'string', enum: ['open', 'succeeded', 'failed'] },
    opened_at: { type: 'date' },
    expires_at: { type: 'date' },
    closed_at: { type: 'date' },
  },
  search: ['group_buy_groups.leader_ref'],
  defaultSort: ['opened_at', 'DESC'],
};

const toRecord = (r: Row) => ({
  id: Number(r.id), promotion_id: Number(r.promotion_id), sku_id: Number(r.sku_id), channel_id: Number(r.channel_id), leader_ref: r.leader_ref,
  size: Number(r.size), members: Number(r.members), status: r.status, opened_at: r.opened_at, expires_at: r.expires_at, closed_at: r.closed_at ?? null,
});

/** `/api/promotion-groups`: the console's read-only view of group buys; expired groups are settled before they are read. */
export const promotionGroupsService = {
  def: { resource: 'promotion-groups', list: promotionGroupsList },

  async list(ctx: ServiceContext, query: ListQuery) {
    await sweepExpiredGroups(writerOf(ctx.db), ctx.user.orgId);
    const base = applyFilters(ctx.db('group_buy_groups').where('group_buy_groups.org_id', ctx.user.orgId), query, promotionGroupsList, 'group_buy_groups');
    const [[{ total }], rows] = await Promise.all([
      base.clone().count({ total: '*' }),
      applySortAndRange(base.clone().select('group_buy_groups.*'), query, promotionGroupsList, 'group_buy_groups'),
    ]);
    return { records: rows.map(toRecord), total: Number(total) };
  },

  async getOne(ctx: ServiceContext, id: number) {
    await sweepExpiredGroups(writerOf(ctx.db), ctx.user.orgId);
    const row = await ctx.db('group_buy_groups').where({ id, org_id: ctx.user.orgId }).first();
    if (!row) throw notFound('Group');
    return toRecord(row);
  },
};
