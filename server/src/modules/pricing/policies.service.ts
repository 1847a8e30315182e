import { z } from 'zod';
import { PriceDecision, PricePolicy, PriceRejection, SelfDecision } from '../../../../shared/pricing-schemas';
import { canApprovePrices } from '../../../../shared/permissions';
import { Version } from '../../../../shared/fields';
import { fenToYuan, yuanToFen } from '../../../../shared/money';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import { ownDecision, policyChangeWaits } from '../../../../shared/price-truth';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, notFound, parseOr400 } from '../../http/errors';
import { applyFilters, applySortAndRange, type ListQuery } from '../../http/simple-rest';
import { writeAudit } from '../audit/audit';
import { getOrgSettings } from '../settings/service';
import { pricePoliciesResource, pricePoliciesService as crud } from './policies';
import { evaluatePricesInForce } from '../compliance/reevaluation';

type Row = Record<string, unknown>;

/** Stored on the policy while a lowering waits for a manager; amounts in fen. */
interface PendingChange {
  control_price: number;
  promo_floor_price: number;
  requested_by: number;
  requested_by_email: string;
  requested_at: string;
}

const list = pricePoliciesResource.list;
const stale = () => apiError(409, 'stale_version', {}, { version: englishMessage(msg('stale_version')) });

function scoped(ctx: ServiceContext) {
  return ctx.db('price_policies')
    .join('skus', 'skus.id', 'price_policies.sku_id')
    .where('price_policies.org_id', ctx.user.orgId);
}
const columns = ['price_policies.*', 'skus.code as sku_code', 'skus.name as sku_name'];

const pendingOf = (row: Row): PendingChange | null => (row.pending_change ? JSON.parse(row.pending_change as string) : null);

/** Row → API record: yuan, and the waiting change (if any) in yuan too. */
function toPolicyRecord(row: Row): Row {
  const pending = pendingOf(row);
  return {
    id: Number(row.id),
    sku_id: Number(row.sku_id),
    sku_code: row.sku_code,
    sku_name: row.sku_name,
    control_price: fenToYuan(Number(row.control_price)),
    promo_floor_price: fenToYuan(Number(row.promo_floor_price)),
    pending_change: pending && { ...pending, control_price: fenToYuan(pending.control_price), promo_floor_price: fenToYuan(pending.promo_floor_price) },
    version: Number(row.version),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

async function findRow(ctx: ServiceContext, id: number): Promise<Row> {
  const row = await scoped(ctx).andWhere('price_policies.id', id).first(columns);
  if (!row) throw notFound();
  return row;
}

/**
 * Price policies: the control price and promotion floor every request is judged by. A sales user's
 * lowering waits on the policy as `pending_change` until a manager decides; everything is audited and
 * every write is conditional on the version it read.
 */
export const pricePoliciesService = {
  def: pricePoliciesResource,

  async list(ctx: ServiceContext, query: ListQuery) {
    let base = applyFilters(scoped(ctx), query, list, 'price_policies');
    if (query.custom.pending === true) base = base.whereNotNull('price_policies.pending_change');
    if (query.custom.pending === false) base = base.whereNull('price_policies.pending_change');
    const [{ total }] = await base.clone().count({ total: '*' });
    const rows = await applySortAndRange(base.clone().select(columns), query, list, 'price_policies');
    return { records: rows.map(toPolicyRecord), total: Number(total) };
  },

  async getOne(ctx: ServiceContext, id: number) {
    return toPolicyRecord(await findRow(ctx, id));
  },

  async create(ctx: ServiceContext, input: unknown) {
    const created = await crud.create(ctx, input);
    return pricePoliciesService.getOne(ctx, created.id as number);
  },

  async update(ctx: ServiceContext, id: number, input: unknown) {
    await findRow(ctx, id); // another tenant's or a missing id is a 404 before any validation
    const version = parseOr400(z.object({ version: Version }), input).version;
    const data = parseOr400(PricePolicy, input);
    const values = { control_price: yuanToFen(data.control_price), promo_floor_price: yuanToFen(data.promo_floor_price) };
    await ctx.db.transaction(async (trx) => {
      const tctx = { ...ctx, db: trx };
      const existing = await findRow(tctx, id);
      if (Number(existing.version) !== version) throw stale();
      const old = { control_price: Number(existing.control_price), promo_floor_price: Number(existing.promo_floor_price) };
      const now = nowIso();
      let change: Row;
      if (policyChangeWaits(ctx.user.role, old, values)) {
        const pending: PendingChange = { ...values, requested_by: ctx.user.userId, requested_by_email: ctx.user.email, requested_at: now };
        change = { pending_change: JSON.stringify(pending) };
      } else {
        // An applied edit by an admin, or by the author of a waiting lowering, supersedes that lowering.
        const pending = pendingOf(existing);
        const supersedes = pending && (ctx.user.role === 'admin' || pending.requested_by === ctx.user.userId);
        change = { ...values, ...(supersedes ? { pending_change: null } : {}) };
      }
      const changed = await trx('price_policies').where({ id, org_id: ctx.user.orgId, version })
        .update({ ...change, version: version + 1, updated_at: now });
      if (changed !== 1) throw stale();
      await writeAudit(tctx, 'update', 'price-policies', id, toPolicyRecord(existing), toPolicyRecord(await findRow(tctx, id)));
      await evaluatePricesInForce(trx, ctx.user.orgId, [Number(existing.sku_id)]);
    });
    return pricePoliciesService.getOne(ctx, id);
  },

  /** Removing a policy drops its floors to nothing, so only those whose lowerings apply at once may (else delete and re-create would dodge the manager). */
  async remove(ctx: ServiceContext, id: number) {
    const record = await pricePoliciesService.getOne(ctx, id);
    const old = { control_price: yuanToFen(record.control_price as number), promo_floor_price: yuanToFen(record.promo_floor_price as number) };
    if (policyChangeWaits(ctx.user.role, old, { control_price: 0, promo_floor_price: 0 })) throw apiError(403, 'policy_removal_admin_only');
    await crud.remove(ctx, id);
    return record;
  },

  /** A manager (or admin) applies or drops a waiting lowering; two at once: one wins, the other gets 409. */
  async decide(ctx: ServiceContext, id: number, decision: 'approved' | 'rejected', input: unknown) {
    if (!canApprovePrices(ctx.user.role)) throw apiError(403, 'approvers_only');
    await ctx.db.transaction(async (trx) => {
      const tctx = { ...ctx, db: trx };
      const row = await findRow(tctx, id);
      const pending = pendingOf(row);
      if (!pending) throw apiError(409, 'no_pending_change');
      const settings = await getOrgSettings(trx, ctx.user.orgId);
      const who = ownDecision({ authorId: pending.requested_by, deciderId: ctx.user.userId, requireSecondApprover: settings.require_second_approver });
      if (who === 'refused') throw apiError(403, 'own_request');
      const schema = decision === 'rejected' ? PriceRejection : who === 'self' ? SelfDecision : PriceDecision;
      const { note } = parseOr400(schema, input ?? {});
      const now = nowIso();
      const values = decision === 'approved' ? { control_price: pending.control_price, promo_floor_price: pending.promo_floor_price } : {};
      const changed = await trx('price_policies')
        .where({ id, org_id: ctx.user.orgId, version: row.version })
        .whereNotNull('pending_change')
        .update({ ...values, pending_change: null, version: Number(row.version) + 1, updated_at: now });
      if (changed !== 1) throw apiError(409, 'policy_decided_first');
      const after = {
        ...toPolicyRecord(await findRow(tctx, id)),
        decision, decision_note: note ?? null, decided_change: toPolicyRecord(row).pending_change,
        ...(who === 'self' ? { self_approved: true } : {}),
      };
      await writeAudit(tctx, 'update', 'price-policies', id, toPolicyRecord(row), after);
      if (decision === 'approved') await evaluatePricesInForce(trx, ctx.user.orgId, [Number(row.sku_id)]);
    });
    return pricePoliciesService.getOne(ctx, id);
  },

  /** The policy's audit trail, newest first: who changed what, what waited and who decided. */
  async history(ctx: ServiceContext, id: number) {
    await findRow(ctx, id);
    const rows = await ctx.db('audit_log').where({ org_id: ctx.user.orgId, resource: 'price-policies', record_id: id })
      .orderBy('id', 'desc').limit(200).select('id', 'at', 'action', 'user_email', 'before', 'after');
    return rows.map((r: Row) => ({
      ...r,
      before: r.before ? JSON.parse(r.before as string) : null,
      after: r.after ? JSON.parse(r.after as string) : null,
    }));
  },
};
