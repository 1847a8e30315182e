import type { ServiceContext } from '../../http/context';
import { nowIso } from '../../http/context';

export type AuditAction = 'create' | 'update' | 'delete';

/** Writes one audit row; call it inside the same transaction as the change. */
export async function writeAudit(
  ctx: ServiceContext,
  action: AuditAction,
  resource: string,
  recordId: number,
  before: object | null,
  after: object | null,
): Promise<void> {
  await ctx.db('audit_log').insert({
    org_id: ctx.user.orgId,
    user_id: ctx.user.userId,
    user_email: ctx.user.email,
    at: nowIso(),
    action,
    resource,
    record_id: recordId,
    before: before ? JSON.stringify(before) : null,
    after: after ? JSON.stringify(after) : null,
  });
}
