
import { ChannelPriceRequest, PriceBatch, PriceDecision, PriceRejection } from '../../../../shared/pricing-schemas';
import { canApprovePrices } from '../../../../shared/permissions';
import { PRICE_STATUSES } from '../../../../shared/enums';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, notFound, parseOr400 } from '../../http/errors';
import { applyFilters, applySortAndRange, type ListQuery, type ListSpec } from '../../http/simple-rest';
import { writeAudit } from '../audit/audit';
import { createPriceRequests } from './price-requests';
import { inForcePrices } from './in-force';
import { toPriceRecord } from './price-records';
import { refreshCurrentPrices } from './current-prices';

export const channelPricesList: ListSpec = {
  defaultSort: ['created_at', 'DESC'],
  search: ['skus.code', 'skus.name', 'channels.name'],
  fields: {
    id: { type: 'integer' },
    sku_id: { type: 'integer' },
    channel_id: { type: 'integer' },
    price: { type: 'money' },
    effective_from: { type: 'date' },
    effective_to: { type: 'date' },
    status: { type: 'string', enum: PRICE_STATUSES },
    approval_reason: { type: 'string' },
    requested_by: { type: 'integer' },
    approved_by: { type: 'integer' },
    decided_at: { type: 'date' },
    created_at: { type: 'date' },
  },
  custom: { in_force_at: 'date' },
};

const selectColumns = [
  'channel_prices.*', 'skus.units_per_pack', 'skus.code as sku_code', 'skus.name as sku_name',
  'channels.name as channel_name', 'channels.type as channel_type', 'price_policies.control_price',
  'requester.email as requester_email', 'approver.email as approver_email',
];

function baseQuery(ctx: ServiceContext) {
  return ctx.db('channel_prices')
    .join('skus', 'skus.id', 'channel_prices.sku_id')
    .join('channels', 'channels.id', 'channel_prices.channel_id')
    .leftJoin('price_policies', (j) => j.on('price_policies.org_id', 'channel_prices.org_id').andOn('price_policies.sku_id', 'channel_prices.sku_id'))
    .leftJoin('users as requester', 'requester.id', 'channel_prices.requested_by')
    .leftJoin('users as approver', 'approver.id', 'channel_prices.approved_by')
    .where('channel_prices.org_id', ctx.user.orgId);
}

/** Adds the price in force now for each row's cell, so approvals show old vs new. */
async function withCurrentPrices(ctx: ServiceContext, rows: Record<string, unknown>[]) {
  const skuIds = [...new Set(rows.map((r) => r.sku_id as number))];
  const current = new Map<string, number>();
  if (skuIds.length) {
    const inForce = await inForcePrices(ctx.db, ctx.user.orgId, nowIso(), (q) => q.whereIn('cp.sku_id', skuIds)).select('ranked.*');
    for (const r of inForce) current.set(`${r.sku_id}:${r.channel_id}`, Number(r.price));
  }
  return rows.map((r) => toPriceRecord({ ...r, current_price: current.get(`${r.sku_id}:${r.channel_id}`) ?? null }, r.units_per_pack as number));
}

async function findRow(ctx: ServiceContext, id: number) {
  const row = await baseQuery(ctx).andWhere('channel_prices.id', id).first(selectColumns);
  if (!row) throw notFound('Price');
  return row;
}

export const channelPricesService = {
  async list(ctx: ServiceContext, query: ListQuery) {
    let base = applyFilters(baseQuery(ctx), query, channelPricesList, 'channel_prices');
    if (query.custom.in_force_at) {
      const at = query.custom.in_force_at as string;
      const inForceIds = inForcePrices(ctx.db, ctx.user.orgId, at).select('ranked.id');
      base = base.whereIn('channel_prices.id', inForceIds);
    }
    const [{ total }] = await base.clone().count({ total: '*' });
    const rows = await applySortAndRange(base.clone().select(selectColumns), query, channelPricesList, 'channel_prices');
    return { records: await withCurrentPrices(ctx, rows), total: Number(total) };
  },

  async getOne(ctx: ServiceContext, id: number) {
    return (await withCurrentPrices(ctx, [await findRow(ctx, id)]))[0];
  },

  async create(ctx: ServiceContext, input: unknown) {
    const request = parseOr400(ChannelPriceRequest, input);
    const { created } = await ctx.db.transaction((trx) => createPriceRequests({ ...ctx, db: trx }, [request]));
    return this.getOne(ctx, created[0].id as number);
  },

  /** All cells or none: used by the matrix's batched edits. */
  async createBatch(ctx: ServiceContext, input: unknown) {
    const batch = parseOr400(PriceBatch, input);
    const requests = batch.changes.map((c) => ({ ...c, effective_from: batch.effective_from, reason: batch.reason }));
    const { created } = await ctx.db.transaction((trx) => createPriceRequests({ ...ctx, db: trx }, requests, { errorPrefix: 'changes' }));
    return {
      created: created.length,
      approved: created.filter((c) => c.status === 'approved').length,
      pending: created.filter((c) => c.status === 'pending').length,
      ids: created.map((c) => c.id),
    };
  },

  async decide(ctx: ServiceContext, id: number, decision: 'approved' | 'rejected', input: unknown) {
    if (!canApprovePrices(ctx.user.role)) throw apiError(403, 'approvers_only');
    const { note } = parseOr400(decision === 'approved' ? PriceDecision : PriceRejection, input ?? {});
    await ctx.db.transaction(async (trx) => {
      const tctx = { ...ctx, db: trx };
      const row = await findRow(tctx, id);
      if (row.requested_by === ctx.user.userId) throw apiError(403, 'own_request');
      if (row.status !== 'pending') throw apiError(409, 'not_pending', { status: row.status });
      const now = nowIso();
      // The status guard makes two managers acting at once race safely: only one update matches.
      const changed = await trx('channel_prices')
        .where({ id, org_id: ctx.user.orgId, status: 'pending' })
        .update({ status: decision, approved_by: ctx.user.userId, decided_at: now, decision_note: note, version: Number(row.version) + 1, updated_at: now });
      if (changed !== 1) throw apiError(409, 'decided_first');
      const before = toPriceRecord(row, row.units_per_pack);
      const after = toPriceRecord({ ...row, status: decision, approved_by: ctx.user.userId, decided_at: now, decision_note: note, version: Number(row.version) + 1 }, row.units_per_pack);
      await writeAudit(tctx, 'update', 'channel-prices', id, before, after);
      if (decision === 'approved') await refreshCurrentPrices(trx, ctx.user.orgId, [row.sku_id]);
    });
    return this.getOne(ctx, id);
  },

  /** A requester (or admin) may withdraw a request that is still pending; decided history stays. */
  async withdraw(ctx: ServiceContext, id: number) {
    return ctx.db.transaction(async (trx) => {
      const tctx = { ...ctx, db: trx };
      const row = await findRow(tctx, id);
      if (row.requested_by !== ctx.user.userId && ctx.user.role !== 'admin') throw apiError(403, 'requester_only');
      if (row.status !== 'pending') throw apiError(409, 'withdraw_only_pending');
      // Conditional on the status: a manager approving at the same moment wins or loses cleanly, never both.
      const deleted = await trx('channel_prices').where({ id, org_id: ctx.user.orgId, status: 'pending' }).delete();
      if (deleted !== 1) throw apiError(409, 'withdraw_only_pending');
      const before = toPriceRecord(row, row.units_per_pack);
      await writeAudit(tctx, 'delete', 'channel-prices', id, before, null);
      return before;
    });
  },
};

