import { z } from 'zod';
import { Version } from '../../../../shared/fields';
import { PromotionInput } from '../../../../shared/promotion-schemas';
import { PROMOTION_STATES, PROMOTION_STATUSES, PROMOTION_TYPES, type PromotionState } from '../../../../shared/promotions';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, parseOr400 } from '../../http/errors';
import { applyFilters, applySortAndRange, type ListQuery, type ListSpec } from '../../http/simple-rest';
import { writeAudit } from '../audit/audit';
import { assertAllowed, loadFacts } from './promotion-checks';
import { toPromotionRecord, type Row } from './promotion-records';
import { findPromotion, partsOf, promotionColumns, scoped, withNames, writeParts } from './promotion-store';
import { reviewApprovedEdit } from './promotion-workflow';

export const promotionsList: ListSpec = {
  fields: {
    id: { type: 'integer', unique: true },
    name: { type: 'string' },
    type: { type: 'string', enum: PROMOTION_TYPES },
    status: { type: 'string', enum: PROMOTION_STATUSES },
    start_at: { type: 'date' },
    end_at: { type: 'date' },
    stackable: { type: 'boolean' },
    budget: { type: 'money' },
    created_by: { type: 'integer' },
    submitted_at: { type: 'date' },
    version: { type: 'integer' },
    created_at: { type: 'date' },
    updated_at: { type: 'date' },
  },
  search: ['promotions.name', 'promotions.description'],
  defaultSort: ['start_at', 'DESC'],
  /** `state`: the derived state; `channel_id` / `sku_id`: promotions on that channel or with that SKU. */
  custom: { state: 'string', channel_id: 'integer', sku_id: 'integer' },
};

/** The derived state as SQL on stored status and dates (ISO instants compare as text). */
function whereState(q: ReturnType<typeof scoped>, state: PromotionState, now: string) {
  if (state === 'scheduled') return q.andWhere('promotions.status', 'approved').andWhere('promotions.start_at', '>', now);
  if (state === 'running') return q.andWhere('promotions.status', 'approved').andWhere('promotions.start_at', '<=', now).andWhere('promotions.end_at', '>', now);
  if (state === 'ended') return q.andWhere('promotions.status', 'approved').andWhere('promotions.end_at', '<=', now);
  return q.andWhere('promotions.status', state);
}

const stale = () => apiError(409, 'stale_version', {}, { version: englishMessage(msg('stale_version')) });
const EDITABLE: readonly PromotionState[] = ['draft', 'pending', 'scheduled', 'running'];

/**
 * Promotions (simple-rest) with channels and items embedded. Created as drafts; the workflow
 * (submit, approve, reject, cancel) lives in promotion-workflow.ts. Every write is audited and
 * conditional on the version it read.
 */
export const promotionsService = {
  def: { resource: 'promotions', list: promotionsList },

  async list(ctx: ServiceContext, query: ListQuery) {
    let base = applyFilters(scoped(ctx), query, promotionsList, 'promotions');
    const { state, channel_id: channelId, sku_id: skuId } = query.custom as { state?: string; channel_id?: number; sku_id?: number };
    if (state !== undefined) {
      if (!PROMOTION_STATES.includes(state as PromotionState)) throw apiError(400, 'invalid_input', { summary: 'state' }, { state: englishMessage(msg('invalid_option')) });
      base = whereState(base, state as PromotionState, nowIso());
    }
    if (channelId !== undefined) {
      base = base.whereExists((q) => q.select(ctx.db.raw('1')).from('promotion_channels').whereRaw('promotion_channels.promotion_id = promotions.id').andWhere('promotion_channels.channel_id', channelId));
    }
    if (skuId !== undefined) {
      base = base.whereExists((q) => q.select(ctx.db.raw('1')).from('promotion_items').whereRaw('promotion_items.promotion_id = promotions.id').andWhere('promotion_items.sku_id', skuId));
    }
    const [[{ total }], rows] = await Promise.all([
      base.clone().count({ total: '*' }),
      applySortAndRange(withNames(base.clone()), query, promotionsList, 'promotions'),
    ]);
    const ids = rows.map((r: Row) => Number(r.id));
    const { channels, items } = await partsOf(ctx.db, ids);
    const now = nowIso();
    return { records: rows.map((r: Row) => toPromotionRecord(r, channels.get(Number(r.id)) ?? [], items.get(Number(r.id)) ?? [], now)), total: Number(total) };
  },

  getOne: findPromotion,

  async create(ctx: ServiceContext, body: unknown) {
    const input = parseOr400(PromotionInput, body);
    assertAllowed(input, await loadFacts(ctx, input));
    const duplicatedFrom = typeof (body as Row)?.duplicated_from === 'number' ? Number((body as Row).duplicated_from) : null;
    const id = await ctx.db.transaction(async (trx) => {
      const now = nowIso();
      const source = duplicatedFrom ? await trx('promotions').where({ id: duplicatedFrom, org_id: ctx.user.orgId }).first('id') : null;
      const [inserted] = await trx('promotions').insert({
        ...promotionColumns(input), org_id: ctx.user.orgId, status: 'draft', created_by: ctx.user.userId,
        duplicated_from: source ? Number(source.id) : null, version: 1, created_at: now, updated_at: now,
      }).returning('id');
      const promotionId: number = typeof inserted === 'object' ? inserted.id : inserted;
      await writeParts(trx, ctx.user.orgId, promotionId, input);
      await writeAudit({ ...ctx, db: trx }, 'create', 'promotions', promotionId, null, await findPromotion({ ...ctx, db: trx }, promotionId));
      return promotionId;
    });
    return findPromotion(ctx, id);
  },

  /**
   * Drafts and pending promotions are edited freely (a pending one goes back to draft, to be
   * submitted again); scheduled and running ones are checked again as on approval, and go back to
   * a manager when they now need one; ended, rejected and cancelled ones are final.
   */
  async update(ctx: ServiceContext, id: number, body: unknown) {
    const current = await findPromotion(ctx, id);
    const version = parseOr400(z.object({ version: Version }), body).version;
    const input = parseOr400(PromotionInput, body);
    const facts = await loadFacts(ctx, input);
    assertAllowed(input, facts);
    if (!EDITABLE.includes(current.state as PromotionState)) throw apiError(409, 'promotion_not_editable');
    if (current.status === 'approved' && input.type !== current.type) {
      throw apiError(400, 'invalid_input', { summary: 'type' }, { type: englishMessage(msg('type_locked')) });
    }
    await ctx.db.transaction(async (trx) => {
      const tctx = { ...ctx, db: trx };
      const before = await findPromotion(tctx, id);
      if (before.version !== version) throw stale();
      const status = before.status === 'approved' ? await reviewApprovedEdit(tctx, before, input, facts) : { status: 'draft', approval_reason: null };
      const changed = await trx('promotions').where({ id, org_id: ctx.user.orgId, version, status: before.status })
        .update({
          ...promotionColumns(input), ...status, version: version + 1, updated_at: nowIso(),
          ...(status.status === 'draft' ? { submitted_at: null, submitted_by: null } : {}),
        });
      if (changed !== 1) throw stale();
      await writeParts(trx, ctx.user.orgId, id, input);
      await writeAudit(tctx, 'update', 'promotions', id, before, await findPromotion(tctx, id));
    });
    return findPromotion(ctx, id);
  },

  /** Only a draft is deleted; anything submitted is cancelled instead, so its history stays. */
  async remove(ctx: ServiceContext, id: number) {
    return ctx.db.transaction(async (trx) => {
      const tctx = { ...ctx, db: trx };
      const before = await findPromotion(tctx, id);
      if (before.status !== 'draft') throw apiError(409, 'promotion_not_draft');
      await trx('promotion_items').where('promotion_id', id).delete();
      await trx('promotion_channels').where('promotion_id', id).delete();
      const removed = await trx('promotions').where({ id, org_id: ctx.user.orgId, version: before.version, status: 'draft' }).delete();
      if (removed !== 1) throw stale();
      await writeAudit(tctx, 'delete', 'promotions', id, before, null);
      return before;
    });
  },
};
