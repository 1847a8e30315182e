import type { z } from 'zod';
import { HELD_STATUSES, VIOLATION_STATUSES, type ViolationStatus } from '../../../../shared/compliance';
import {
  BulkAssignment, BulkIds, BulkWaiver, ViolationAssignment, ViolationComment, ViolationGrounds, ViolationNote, ViolationWaiver,
} from '../../../../shared/compliance-schemas';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, HttpError, parseOr400 } from '../../http/errors';
import { writeAudit } from '../audit/audit';
import { notify } from '../notifications/service';
import { refreshSellerLevels } from './seller-levels';
import { findViolation } from './violations.service';

export const VIOLATION_ACTIONS = ['acknowledge', 'resolve', 'waive', 'assign', 'comments', 'grounds'] as const;
export type ViolationAction = (typeof VIOLATION_ACTIONS)[number];

interface ActionSpec {
  from: readonly ViolationStatus[];
  schema: z.ZodType;
  /** Column changes; `open_key: null` releases the (kind, SKU, channel, seller) slot. */
  change?: (input: Record<string, unknown>, row: Record<string, unknown>, now: string) => Record<string, unknown>;
  event: string;
}

const OPEN: readonly ViolationStatus[] = ['open', 'acknowledged'];

const ACTIONS: Record<ViolationAction, ActionSpec> = {
  acknowledge: { from: ['open'], schema: ViolationNote, change: () => ({ status: 'acknowledged' }), event: 'acknowledged' },
  resolve: { from: HELD_STATUSES, schema: ViolationNote, change: (_i, _r, now) => ({ status: 'resolved', resolution: 'manual', closed_at: now, open_key: null }), event: 'resolved' },
  waive: { from: OPEN, schema: ViolationWaiver, change: (i, r) => ({ status: 'waived', waive_reason: i.reason, waived_actual: r.actual_fen }), event: 'waived' },
  assign: { from: HELD_STATUSES, schema: ViolationAssignment, change: (i) => ({ assignee_id: i.user_id }), event: 'assigned' },
  comments: { from: VIOLATION_STATUSES, schema: ViolationComment, event: 'comment' },
  grounds: { from: VIOLATION_STATUSES, schema: ViolationGrounds, change: (i) => ({ grounds: (i.grounds as string[] | null)?.join(',') ?? null }), event: 'grounds' },
};

const transitionRefused = () => apiError(409, 'violation_transition');

/**
 * One workflow step on one violation, as a conditional update on its status and version: of two
 * managers acting at once, one wins and the other gets 409. Every step is an event on the violation
 * and a row in the audit log.
 */
export async function actOnViolation(ctx: ServiceContext, id: number, action: ViolationAction, body: unknown) {
  await findViolation(ctx, id); // 404 for another tenant's or a missing id before anything else
  const spec = ACTIONS[action];
  const input = parseOr400(spec.schema, body ?? {}) as Record<string, unknown>;
  const assignee = action === 'assign' && input.user_id !== null ? await checkAssignee(ctx, input.user_id as number) : null;
  await ctx.db.transaction(async (trx) => {
    const row = await trx('violations').where({ id, org_id: ctx.user.orgId }).first();
    if (!spec.from.includes(row.status)) throw transitionRefused();
    const now = nowIso();
    const change = spec.change?.(input, { ...row, actual_fen: row.actual }, now) ?? {};
    const changed = await trx('violations').where({ id, org_id: ctx.user.orgId, version: row.version }).whereIn('status', spec.from)
      .update({ ...change, version: Number(row.version) + 1, updated_at: now });
    if (changed !== 1) throw transitionRefused();
    // An assignment's history line names who took it over.
    const note = (input.note ?? input.reason ?? (action === 'grounds' ? change.grounds : null) ?? (action === 'assign' ? assignee?.name ?? null : null) ?? null) as string | null;
    await trx('violation_events').insert({ org_id: ctx.user.orgId, violation_id: id, at: now, kind: spec.event, user_id: ctx.user.userId, note });
    const before = { status: row.status, assignee_id: row.assignee_id, grounds: row.grounds };
    await writeAudit({ ...ctx, db: trx }, 'update', 'violations', id, before, { ...before, ...change, action, ...(note ? { note } : {}) });
    if (action === 'assign' && input.user_id && input.user_id !== ctx.user.userId) {
      const names = await trx('violations').join('skus', 'skus.id', 'violations.sku_id').join('channels', 'channels.id', 'violations.channel_id')
        .where('violations.id', id).first('skus.code', 'channels.name');
      await notify({ ...ctx, db: trx }, [input.user_id as number], { kind: 'compliance', key: 'violation_assigned', params: { sku: names.code, channel: names.name }, link: `/violations/${id}/show` });
    }
    if (action === 'grounds' && row.seller_id) await refreshSellerLevels(trx, ctx.user.orgId, [Number(row.seller_id)]);
  });
  return findViolation(ctx, id);
}

async function checkAssignee(ctx: ServiceContext, userId: number): Promise<{ id: number; name: string }> {
  const user = await ctx.db('users').where({ id: userId, org_id: ctx.user.orgId, active: true }).first('id', 'name');
  if (!user) throw apiError(400, 'invalid_input', { summary: `user_id: ${englishMessage(msg('user_inactive'))}` }, { user_id: englishMessage(msg('user_inactive')) });
  return user;
}

/** Who a violation may be assigned to: the company's active users (names and roles only), for the managers' picker. */
export async function listAssignees(ctx: ServiceContext) {
  return ctx.db('users').where({ org_id: ctx.user.orgId, active: true }).orderBy('name_sort').orderBy('id').select('id', 'name', 'role');
}

const BULK_SCHEMAS: Partial<Record<ViolationAction, z.ZodType>> = { acknowledge: BulkIds, resolve: BulkIds, waive: BulkWaiver, assign: BulkAssignment };
export const BULK_ACTIONS = Object.keys(BULK_SCHEMAS) as ViolationAction[];

/** The same step on many violations; each succeeds or is skipped with its reason, one never blocks the others. */
export async function actOnViolations(ctx: ServiceContext, action: ViolationAction, body: unknown) {
  const { ids, ...rest } = parseOr400(BULK_SCHEMAS[action]!, body) as { ids: number[] } & Record<string, unknown>;
  if (action === 'assign' && rest.user_id !== null) await checkAssignee(ctx, rest.user_id as number);
  const updated: number[] = [];
  const skipped: { id: number; reason: string; key?: string }[] = [];
  for (const id of [...new Set(ids)]) {
    try {
      await actOnViolation(ctx, id, action, rest);
      updated.push(id);
    } catch (err) {
      if (!(err instanceof HttpError) || err.status >= 500) throw err;
      skipped.push({ id, reason: err.message, key: err.key });
    }
  }
  return { updated, skipped };
}
