
import { ChannelPriceRequest, PriceBatch, PriceDecision, PriceRejection, SelfDecision } from '../../../../shared/pricing-schemas';
import { effectiveEnds, ownDecision, startOnApproval } from '../../../../shared/price-truth';
import { getOrgSettings } from '../settings/service';
import { canApprovePrices } from '../../../../shared/permissions';
import { PRICE_STATUSES } from '../../../../shared/enums';
import { PRICE_KINDS } from '../../../../shared/pricing-schemas';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, notFound, parseOr400 } from '../../http/errors';
import { applyFilters, applySortAndRange, type ListQuery, type ListSpec } from '../../http/simple-rest';
import { writeAudit } from '../audit/audit';
import { createPriceRequests } from './price-requests';
import { inForcePrices } from './in-force';
import type { DatedPrice } from '../../../../shared/pricing';
import { toPriceRecord } from './price-records';
import { refreshCurrentPrices } from './current-prices';
import { notifyPriceDecision } from '../notifications/price-events';

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
    kind: { type: 'string', enum: PRICE_KINDS },
    corrects_id: { type: 'integer' },
    approval_reason: { type: 'string' },
    requested_by: { type: 'integer' },
    approved_by: { type: 'integer' },
    decided_at: { type: 'date' },
    created_at: { type: 'date' },
  },
  custom: { in_force_at: 'date', mine: 'boolean' },
};

const selectColumns = [
  'channel_prices.*', 'skus.units_per_pack', 'skus.code as sku_code', 'skus.name as sku_name',
  'channels.name as channel_name', 'channels.type as channel_type', 'price_policies.control_price',
  'requester.email as requester_email', 'requester.name as requester_name', 'approver.email as approver_email', 'approver.name as approver_name',
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

/**
 * Adds the price in force now for each row's cell, so approvals show old vs new, and each price's
 * effective end: where the next approved price of its cell replaces it, or its own end.
 */
async function withCurrentPrices(ctx: ServiceContext, rows: Record<string, unknown>[]) {
  const skuIds = [...new Set(rows.map((r) => r.sku_id as number))];
  const current = new Map<string, number>();
  const ends = new Map<number, string | null>();
  for (let i = 0; i < skuIds.length; i += 500) {
    const chunk = skuIds.slice(i, i + 500);
    const inForce = await inForcePrices(ctx.db, ctx.user.orgId, nowIso(), (q) => q.whereIn('cp.sku_id', chunk)).select('ranked.*');
    for (const r of inForce) current.set(`${r.sku_id}:${r.channel_id}`, Number(r.price));
    const approved = await ctx.db('channel_prices').where({ org_id: ctx.user.orgId, status: 'approved' }).whereIn('sku_id', chunk)
      .select('id', 'sku_id', 'channel_id', 'price', 'effective_from', 'effective_to', 'status');
    const cells = new Map<string, DatedPrice[]>();
    for (const r of approved) cells.set(`${r.sku_id}:${r.channel_id}`, [...(cells.get(`${r.sku_id}:${r.channel_id}`) ?? []), r]);
    for (const cell of cells.values()) for (const [id, end] of effectiveEnds(cell)) ends.set(id, end);
  }
  return rows.map((r) => toPriceRecord({
    ...r,
    current_price: current.get(`${r.sku_id}:${r.channel_id}`) ?? null,
    effective_end: r.status === 'approved' ? ends.get(r.id as number) ?? r.effective_to : r.effective_to,
  }, r.units_per_pack as number));
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
    if (query.custom.mine === true) base = base.where('channel_prices.requested_by', ctx.user.userId);
    const [{ total }] = await base.clone().count({ total: '*' });
    const rows = await applySortAndRange(base.clone().select(selectColumns), query, channelPricesList, 'channel_prices');
    return { records: await withCurrentPrices(ctx, rows), total: Number(total) };
  },

  /** Users of the company who have requested prices, by name: `[{ id, name }]`. */
  async requesters(ctx: ServiceContext): Promise<{ id: number; name: string }[]> {
    const rows = await ctx.db('users').where('users.org_id', ctx.user.orgId)
      .whereIn('users.id', ctx.db('channel_prices').where('org_id', ctx.user.orgId).whereNotNull('requested_by').distinct('requested_by'))
      .orderBy('users.name_sort').select('users.id', 'users.name');
    return rows.map((r: { id: number; name: string }) => ({ id: Number(r.id), name: r.name }));
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
      const correction = row.kind === 'correction';
      const settings = await getOrgSettings(trx, ctx.user.orgId);
      const who = ownDecision({ authorId: row.requested_by, deciderId: ctx.user.userId, requireSecondApprover: settings.require_second_approver, correction });
      if (who === 'refused') throw apiError(403, correction ? 'correction_own' : 'own_request');
      if (who === 'self') parseOr400(SelfDecision, input ?? {});
      if (row.status !== 'pending') throw apiError(409, 'not_pending', { status: row.status });
      const now = nowIso();
      // A request approved after its start begins now (a correction keeps its past period).
      const start = decision === 'approved' && !correction ? startOnApproval(row.effective_from, row.effective_to, now) : null;
      if (decision === 'approved' && !correction && !start) throw apiError(409, 'request_period_passed');
      const effectiveFrom = start?.from ?? row.effective_from;
      const change = {
        status: decision, approved_by: ctx.user.userId, decided_at: now, decision_note: note,
        effective_from: effectiveFrom, version: Number(row.version) + 1,
      };
      // The status guard makes two managers acting at once race safely: only one update matches.
      const changed = await trx('channel_prices')
        .where({ id, org_id: ctx.user.orgId, status: 'pending' })
        .update({ ...change, updated_at: now });
      if (changed !== 1) throw apiError(409, 'decided_first');
      const before = toPriceRecord(row, row.units_per_pack);
      const after = {
        ...toPriceRecord({ ...row, ...change }, row.units_per_pack),
        ...(start?.moved ? { start_moved_from: row.effective_from } : {}),
        ...(who === 'self' ? { self_approved: true } : {}),
      };
      await writeAudit(tctx, 'update', 'channel-prices', id, before, after);
      if (decision === 'approved') await refreshCurrentPrices(trx, ctx.user.orgId, [row.sku_id]);
      await notifyPriceDecision(tctx, row, decision, note);
    });
    return this.getOne(ctx, id);
  },

  /** A requester (or admin) may withdraw a request that is still pending (DELETE answers it as it was); decided history stays. */
  async withdraw(ctx: ServiceContext, id: number) {
    return ctx.db.transaction(async (trx) => {
      const tctx = { ...ctx, db: trx };
      const row = await findRow(tctx, id);
      if (row.requested_by !== ctx.user.userId && ctx.user.role !== 'admin') throw apiError(403, 'requester_only');
      if (row.status !== 'pending') throw apiError(409, 'withdraw_only_pending');
      // Conditional on the status: a manager approving at the same moment wins or loses cleanly, never both.
      // The row stays, as withdrawn, so the requester's list shows what became of it.
      const now = nowIso();
      const withdrawn = await trx('channel_prices').where({ id, org_id: ctx.user.orgId, status: 'pending' })
        .update({ status: 'withdrawn', decided_at: now, version: Number(row.version) + 1, updated_at: now });
      if (withdrawn !== 1) throw apiError(409, 'withdraw_only_pending');
      const before = toPriceRecord(row, row.units_per_pack);
      await writeAudit(tctx, 'delete', 'channel-prices', id, before, { ...before, status: 'withdrawn' });
      return before;
    });
  },
};

