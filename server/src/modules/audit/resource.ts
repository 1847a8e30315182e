import { AUDIT_ACTIONS } from '../../../../shared/enums';
import type { ListQuery } from '../../http/simple-rest';
import { applyFilters, applySortAndRange } from '../../http/simple-rest';
import type { ServiceContext } from '../../http/context';
import { notFound } from '../../http/errors';
import type { ResourceDef } from '../crud/resource';
import { z } from 'zod';

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

export const auditService = {
  def: auditResource,
  async list(ctx: ServiceContext, query: ListQuery) {
    const base = applyFilters(ctx.db('audit_log').where('audit_log.org_id', ctx.user.orgId), query, auditResource.list, 'audit_log');
    const [{ total }] = await base.clone().count({ total: '*' });
    const rows = await applySortAndRange(base.clone().select('audit_log.*'), query, auditResource.list, 'audit_log');
    return { records: rows.map(toAuditRecord), total: Number(total) };
  },
  async getOne(ctx: ServiceContext, id: number) {
    const row = await ctx.db('audit_log').where({ id, org_id: ctx.user.orgId }).first();
    if (!row) throw notFound();
    return toAuditRecord(row);
  },
};
