import { AUDIT_ACTIONS } from '../../../../shared/enums';
import type { ListQuery } from '../../http/simple-rest';
import { applyFilters, applySortAndRange } from '../../http/simple-rest';
import type { ServiceContext } from '../../http/context';
import { notFound } from '../../http/errors';
import type { ResourceDef } from '../crud/resource';
import { z } from 'zod';
import { auditRefs, refsOf } from './audit-refs';

type Row = Record<string, unknown>;

/** Read-only; rows are written by `writeAudit` inside each change's transaction. */
export const auditResource: ResourceDef = {
  resource: 'audit-logs',
  table: 'audit_log',
  createSchema: z.never(),
  list: {
    defaultSort: ['at', 'DESC'],
    search: ['audit_log.user_email', 'audit_log.resource'],
    fields: {
      id: { type: 'integer' },
      user_id: { type: 'integer' },
      user_email: { type: 'string' },
      at: { type: 'date' },
      action: { type: 'string', enum: AUDIT_ACTIONS },
      resource: { type: 'string' },
      record_id: { type: 'integer' },
    },
  },
};

function toAuditRecord(row: Row): Row {
  const { org_id: _org, before, after, ...rest } = row;
  return { ...rest, before: before ? JSON.parse(before as string) : null, after: after ? JSON.parse(after as string) : null };
}

/** Each row gets `record_label` (which record) and `refs` (names of the ids its before/after mention). */
async function withNames(ctx: ServiceContext, rows: Row[]): Promise<Row[]> {
  const { refs, labels } = await auditRefs(ctx, rows);
  return rows.map((r) => ({ ...r, record_label: labels.get(r.id as number) ?? null, refs: refsOf(r, refs) }));
}

export const auditService = {
  def: auditResource,
  async list(ctx: ServiceContext, query: ListQuery) {
    const base = applyFilters(ctx.db('audit_log').where('audit_log.org_id', ctx.user.orgId), query, auditResource.list, 'audit_log');
    const [{ total }] = await base.clone().count({ total: '*' });
    const rows = (await applySortAndRange(base.clone().select('audit_log.*'), query, auditResource.list, 'audit_log')).map(toAuditRecord);
    return { records: await withNames(ctx, rows), total: Number(total) };
  },
  async getOne(ctx: ServiceContext, id: number) {
    const row = await ctx.db('audit_log').where({ id, org_id: ctx.user.orgId }).first();
    if (!row) throw notFound();
    return (await withNames(ctx, [toAuditRecord(row)]))[0];
  },
};
