import { SEVERITIES, VIOLATION_KINDS, VIOLATION_STATUSES } from '../../../../shared/compliance';
import { fenToYuan } from '../../../../shared/money';
import type { ServiceContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { applyFilters, applySortAndRange, type ListQuery, type ListSpec } from '../../http/simple-rest';

type Row = Record<string, unknown>;

export const violationsList: ListSpec = {
  defaultSort: ['last_seen_at', 'DESC'],
  search: ['skus.code', 'skus.name'],
  fields: {
    id: { type: 'integer' },
    kind: { type: 'string', enum: VIOLATION_KINDS },
    status: { type: 'string', enum: VIOLATION_STATUSES },
    severity: { type: 'string', enum: SEVERITIES },
    sku_id: { type: 'integer' },
    channel_id: { type: 'integer' },
    seller_id: { type: 'integer' },
    promotion_id: { type: 'integer' },
    assignee_id: { type: 'integer' },
    origin: { type: 'string', enum: ['observation', 'in_force'] },
    gap_pct: { type: 'number' },
    actual: { type: 'money' },
    expected: { type: 'money' },
    occurrences: { type: 'integer' },
    first_seen_at: { type: 'date' },
    last_seen_at: { type: 'date' },
    closed_at: { type: 'date' },
    updated_at: { type: 'date' },
  },
};

export const VIOLATION_COLUMNS = [
  'violations.id', 'violations.kind', 'violations.sku_id', 'violations.channel_id', 'violations.seller_id', 'violations.promotion_id', 'violations.origin',
  'violations.expected', 'violations.actual', 'violations.gap_pct', 'violations.severity', 'violations.occurrences', 'violations.status', 'violations.assignee_id',
  'violations.grounds', 'violations.first_seen_at', 'violations.last_seen_at', 'violations.closed_at', 'violations.resolution', 'violations.waive_reason',
  'violations.version', 'violations.created_at', 'violations.updated_at',
  'skus.code as sku_code', 'skus.name as sku_name', 'channels.name as channel_name', 'channels.operated_by as channel_operated_by',
  'sellers.name as seller_name', 'sellers.authorized as seller_authorized', 'users.name as assignee_name',
];

export function scopedViolations(ctx: ServiceContext) {
  return ctx.db('violations')
    .join('skus', 'skus.id', 'violations.sku_id')
    .join('channels', 'channels.id', 'violations.channel_id')
    .leftJoin('sellers', 'sellers.id', 'violations.seller_id')
    .leftJoin('users', 'users.id', 'violations.assignee_id')
    .where('violations.org_id', ctx.user.orgId);
}

const money = (v: unknown) => (v === null || v === undefined ? null : fenToYuan(Number(v)));

export function toViolationRecord(row: Row): Row {
  return {
    ...row,
    expected: money(row.expected),
    actual: money(row.actual),
    gap_pct: row.gap_pct === null ? null : Number(row.gap_pct),
    occurrences: Number(row.occurrences),
    version: Number(row.version),
    grounds: row.grounds ? String(row.grounds).split(',') : null,
    seller_authorized: row.seller_authorized === null || row.seller_authorized === undefined ? null : Boolean(row.seller_authorized),
  };
}

export async function listViolations(ctx: ServiceContext, query: ListQuery) {
  const base = applyFilters(scopedViolations(ctx), query, violationsList, 'violations');
  // The display joins filter nothing: count on the violations alone unless the search reads the SKUs.
  const counted = query.q ? base.clone() : applyFilters(ctx.db('violations').where('violations.org_id', ctx.user.orgId), query, violationsList, 'violations');
  const [[{ total }], rows] = await Promise.all([
    counted.count({ total: '*' }),
    applySortAndRange(base.clone().select(VIOLATION_COLUMNS), query, violationsList, 'violations'),
  ]);
  return { records: rows.map(toViolationRecord), total: Number(total) };
}

export async function findViolation(ctx: ServiceContext, id: number): Promise<Row> {
  const row = await scopedViolations(ctx).andWhere('violations.id', id).first(VIOLATION_COLUMNS);
  if (!row) throw notFound('Violation');
  return toViolationRecord(row);
}

/** One violation with its history: each occurrence (with the observation that is its evidence) and every transition. */
export async function getViolation(ctx: ServiceContext, id: number): Promise<Row> {
  const record = await findViolation(ctx, id);
  const events = await ctx.db('violation_events as e')
    .leftJoin('users as u', 'u.id', 'e.user_id')
    .leftJoin('price_observations as o', 'o.id', 'e.observation_id')
    .leftJoin('evidence_files as f', 'f.id', 'o.evidence_id')
    .where({ 'e.org_id': ctx.user.orgId, 'e.violation_id': id })
    .orderBy([{ column: 'e.at', order: 'desc' }, { column: 'e.id', order: 'desc' }])
    .limit(500)
    .select('e.id', 'e.at', 'e.kind', 'e.note', 'e.actual', 'e.observation_id', 'u.name as user_name', 'o.url', 'o.store_name', 'o.evidence_id', 'f.content_type as evidence_type');
  return { ...record, events: events.map((e: Row) => ({ ...e, actual: money(e.actual) })) };
}
