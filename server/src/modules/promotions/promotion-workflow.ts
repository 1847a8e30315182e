import { canApprovePrices } from '../../../../shared/permissions';
import { ownDecision } from '../../../../shared/price-truth';
import { SelfDecision } from '../../../../shared/pricing-schemas';
import { PromotionDecision, PromotionRejection, type PromotionInput } from '../../../../shared/promotion-schemas';
import type { PromotionApprovalReason } from '../../../../shared/promotions';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, parseOr400 } from '../../http/errors';
import type { Db } from '../../db/knex';
import { writeAudit } from '../audit/audit';
import { notify } from '../notifications/service';
import { getOrgSettings } from '../settings/service';
import { assertAllowed, assertNoConflict, assertNoRaiseBeforeStart, loadFacts, lowestPrices, needsFloorApproval, type PromotionFacts } from './promotion-checks';
import type { PromotionRecord } from './promotion-records';
import { findPromotion, inputOf } from './promotion-store';

/**
 * Serialises the checks that compare promotions with each other (conflicts), per company: a row
 * lock on PostgreSQL; SQLite has a single writer, so its transactions already run one at a time.
 */
async function lockCompanyPromotions(trx: Db, orgId: number): Promise<void> {
  if (trx.client.config.client === 'pg') await trx('organizations').where('id', orgId).forUpdate().first('id');
}

const ended = (record: { end_at: string }) => Date.parse(record.end_at) <= Date.parse(nowIso());

/** Whether the edit charges less anywhere than the approved version did (a new SKU or channel counts as new prices). */
function lowersAnyPrice(before: PromotionInput, after: PromotionInput, facts: PromotionFacts): boolean {
  const old = new Map(lowestPrices(before, facts).map((p) => [`${p.skuId}:${p.channelId}`, p.price]));
  return lowestPrices(after, facts).some((p) => {
    const was = old.get(`${p.skuId}:${p.channelId}`);
    return was === undefined || p.price < was;
  });
}

/**
 * An approved promotion edited: checked again as on approval (conflicts, the 7-day price rule). A
 * lowered price needs a manager again when the promotion is running, or when it now goes below a
 * floor; otherwise it stays approved.
 */
export async function reviewApprovedEdit(ctx: ServiceContext, before: PromotionRecord, input: PromotionInput, facts: PromotionFacts): Promise<{ status: string; approval_reason: PromotionApprovalReason | null }> {
  await lockCompanyPromotions(ctx.db, ctx.user.orgId);
  await assertNoConflict(ctx, before.id, input, facts);
  assertNoRaiseBeforeStart(input, facts);
  const beforeFacts = await loadFacts(ctx, inputOf(before));
  const lowered = lowersAnyPrice(inputOf(before), input, { ...facts, histories: new Map([...beforeFacts.histories, ...facts.histories]) });
  if (lowered && before.state === 'running') return { status: 'pending', approval_reason: 'price_lowered' };
  if (lowered && needsFloorApproval(input, facts)) return { status: 'pending', approval_reason: 'below_floor' };
  return { status: 'approved', approval_reason: before.approval_reason as PromotionApprovalReason | null };
}

/**
 * draft → pending (a price below a SKU's promo floor waits for a manager) or approved. Refused when
 * it conflicts with another promotion (409) or an everyday price was raised in the 7 days before it.
 */
export async function submitPromotion(ctx: ServiceContext, id: number): Promise<PromotionRecord> {
  await ctx.db.transaction(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const before = await findPromotion(tctx, id);
    if (before.status !== 'draft') throw apiError(409, 'promotion_not_draft');
    if (ended(before)) throw apiError(409, 'promotion_period_passed');
    const input = inputOf(before);
    const facts = await loadFacts(tctx, input);
    assertAllowed(input, facts);
    await lockCompanyPromotions(trx, ctx.user.orgId);
    await assertNoConflict(tctx, id, input, facts);
    assertNoRaiseBeforeStart(input, facts);
    const waits = needsFloorApproval(input, facts);
    const now = nowIso();
    const changed = await trx('promotions').where({ id, org_id: ctx.user.orgId, status: 'draft', version: before.version }).update({
      status: waits ? 'pending' : 'approved', approval_reason: waits ? 'below_floor' : null,
      submitted_by: ctx.user.userId, submitted_at: now, decided_by: null, decided_at: waits ? null : now, decision_note: null,
      version: before.version + 1, updated_at: now,
    });
    if (changed !== 1) throw apiError(409, 'promotion_not_draft');
    await writeAudit(tctx, 'update', 'promotions', id, before, await findPromotion(tctx, id));
  });
  return findPromotion(ctx, id);
}

/**
 * A manager approves or rejects a pending promotion: never their own (unless the company turned the
 * second approver off, then with a note); approval checks conflicts again. Two managers deciding at
 * once: the status guard lets exactly one through.
 */
export async function decidePromotion(ctx: ServiceContext, id: number, decision: 'approved' | 'rejected', body: unknown): Promise<PromotionRecord> {
  if (!canApprovePrices(ctx.user.role)) throw apiError(403, 'promotion_approvers_only');
  const { note } = parseOr400(decision === 'approved' ? PromotionDecision : PromotionRejection, body ?? {});
  await ctx.db.transaction(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const before = await findPromotion(tctx, id);
    const settings = await getOrgSettings(trx, ctx.user.orgId);
    const authored = before.created_by === ctx.user.userId || before.submitted_by === ctx.user.userId;
    const who = ownDecision({ authorId: authored ? ctx.user.userId : null, deciderId: ctx.user.userId, requireSecondApprover: settings.require_second_approver });
    if (who === 'refused') throw apiError(403, 'promotion_own');
    if (who === 'self') parseOr400(SelfDecision, body ?? {});
    if (before.status !== 'pending') throw apiError(409, 'promotion_not_pending');
    if (decision === 'approved') {
      if (ended(before)) throw apiError(409, 'promotion_period_passed');
      const input = inputOf(before);
      const facts = await loadFacts(tctx, input);
      await lockCompanyPromotions(trx, ctx.user.orgId);
      await assertNoConflict(tctx, id, input, facts);
    }
    const now = nowIso();
    const changed = await trx('promotions').where({ id, org_id: ctx.user.orgId, status: 'pending', version: before.version }).update({
      status: decision, decided_by: ctx.user.userId, decided_at: now, decision_note: note, version: before.version + 1, updated_at: now,
    });
    if (changed !== 1) throw apiError(409, 'promotion_not_pending');
    await writeAudit(tctx, 'update', 'promotions', id, before, await findPromotion(tctx, id));
    const authors = [before.created_by, before.submitted_by].filter((u): u is number => u !== null && u !== ctx.user.userId);
    await notify(tctx, authors, {
      kind: 'promotion', key: decision === 'approved' ? 'promotion_approved' : 'promotion_rejected',
      params: { name: before.name, note: note ?? '' }, link: `/promotions/${id}/show`,
    });
  });
  return findPromotion(ctx, id);
}

/** Cancels a promotion that has not ended (a running one stops quoting at once); final. */
export async function cancelPromotion(ctx: ServiceContext, id: number): Promise<PromotionRecord> {
  await ctx.db.transaction(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const before = await findPromotion(tctx, id);
    if (!['draft', 'pending', 'scheduled', 'running'].includes(before.state)) throw apiError(409, 'promotion_not_cancellable');
    const changed = await trx('promotions').where({ id, org_id: ctx.user.orgId, status: before.status, version: before.version })
      .update({ status: 'cancelled', version: before.version + 1, updated_at: nowIso() });
    if (changed !== 1) throw apiError(409, 'stale_version');
    await writeAudit(tctx, 'update', 'promotions', id, before, await findPromotion(tctx, id));
  });
  return findPromotion(ctx, id);
}
