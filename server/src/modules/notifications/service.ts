import type { Db } from '../../db/knex';
import { nowIso, type ServiceContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { applyFilters, applySortAndRange, type ListQuery, type ListSpec } from '../../http/simple-rest';
import { canApprovePrices } from '../../../../shared/permissions';
import {
  renderNotification, type NotificationKey, type NotificationKind, type NotificationParams,
} from '../../../../shared/notification-messages';
import { getOrgSettings } from '../settings/service';

export interface NotificationMessage {
  kind: NotificationKind;
  key: NotificationKey;
  params: NotificationParams;
  /** A path inside the client app, e.g. `/channel-prices`. */
  link?: string | null;
}

export const notificationsList: ListSpec = {
  defaultSort: ['created_at', 'DESC'],
  search: [],
  fields: {
    id: { type: 'integer' },
    kind: { type: 'string' },
    read_at: { type: 'date' },
    created_at: { type: 'date' },
  },
  custom: { read: 'boolean' },
};

/**
 * Stores one notification per user, in the caller's transaction when given one (so it is written
 * exactly when the change it reports is). Each row takes its tenant from the recipient's own user
 * row; with a ServiceContext, recipients outside the caller's company are skipped.
 */
export async function notify(target: ServiceContext | Db, userIds: readonly number[], message: NotificationMessage): Promise<number> {
  const ids = [...new Set(userIds.filter((id) => Number.isInteger(id)))];
  if (!ids.length) return 0;
  const db = 'user' in target ? target.db : target;
  const recipients = db('users').whereIn('id', ids).select('id', 'org_id');
  if ('user' in target) recipients.where('org_id', target.user.orgId);
  const rows = (await recipients).map((u: { id: number; org_id: number }) => ({
    org_id: u.org_id,
    user_id: u.id,
    kind: message.kind,
    message_key: message.key,
    params: JSON.stringify(message.params),
    link: message.link ?? null,
    read_at: null,
    created_at: nowIso(),
  }));
  if (rows.length) await db('notifications').insert(rows);
  return rows.length;
}

type Row = Record<string, unknown> & { params: string; message_key: string };

function toRecord(row: Row, locale: string) {
  const params = JSON.parse(row.params) as NotificationParams;
  return {
    id: Number(row.id),
    kind: row.kind,
    key: row.message_key,
    params,
    message: renderNotification(locale, row.message_key, params),
    link: row.link ?? null,
    read_at: row.read_at ?? null,
    created_at: row.created_at,
  };
}

const COLUMNS = ['id', 'kind', 'message_key', 'params', 'link', 'read_at', 'created_at'];

/** Only ever the caller's own rows: another user's or company's notification is simply absent (404). */
const own = (ctx: ServiceContext) => ctx.db('notifications').where({ org_id: ctx.user.orgId, user_id: ctx.user.userId });

async function findOwn(ctx: ServiceContext, id: number) {
  const row = await own(ctx).andWhere('id', id).first(COLUMNS);
  if (!row) throw notFound('Notification');
  return toRecord(row, ctx.user.locale);
}

/**
 * Pending price requests of the company this approver may decide (shared/price-truth.ts `ownDecision`):
 * anyone else's; their own too when the company turned the second approver off, never a correction.
 */
async function pendingApprovals(ctx: ServiceContext): Promise<number> {
  const { require_second_approver: secondApprover } = await getOrgSettings(ctx.db, ctx.user.orgId);
  const me = ctx.user.userId;
  const [{ n }] = await ctx.db('channel_prices')
    .where({ org_id: ctx.user.orgId, status: 'pending' })
    .andWhere((q) => {
      q.whereNull('requested_by').orWhereNot('requested_by', me);
      if (!secondApprover) q.orWhere((own) => own.where('requested_by', me).whereNot('kind', 'correction'));
    })
    .count({ n: '*' });
  return Number(n);
}

/** Pending promotions this approver may decide: not their own (they wrote or submitted it) unless the second approver is off. */
async function pendingPromotions(ctx: ServiceContext): Promise<number> {
  const { require_second_approver: secondApprover } = await getOrgSettings(ctx.db, ctx.user.orgId);
  const me = ctx.user.userId;
  const [{ n }] = await ctx.db('promotions').where({ org_id: ctx.user.orgId, status: 'pending' })
    .modify((q) => {
      if (secondApprover) q.andWhere((own) => own.whereNull('created_by').orWhereNot('created_by', me)).andWhere((own) => own.whereNull('submitted_by').orWhereNot('submitted_by', me));
    })
    .count({ n: '*' });
  return Number(n);
}

export const notificationsService = {
  async list(ctx: ServiceContext, query: ListQuery) {
    const base = applyFilters(own(ctx), query, notificationsList, 'notifications');
    if (query.custom.read === true) base.whereNotNull('read_at');
    if (query.custom.read === false) base.whereNull('read_at');
    const [{ total }] = await base.clone().count({ total: '*' });
    const rows = await applySortAndRange(base.clone().select(COLUMNS.map((c) => `notifications.${c}`)), query, notificationsList, 'notifications');
    return { records: rows.map((r: Row) => toRecord(r, ctx.user.locale)), total: Number(total) };
  },

  getOne: findOwn,

  /**
   * `{ count }` of my unread notifications; approvers also get `pending_approvals` (price requests they
   * may decide) and `pending_promotions`.
   */
  async unreadCount(ctx: ServiceContext): Promise<{ count: number; pending_approvals?: number; pending_promotions?: number }> {
    const [{ n }] = await own(ctx).whereNull('read_at').count({ n: '*' });
    const count = Number(n);
    if (!canApprovePrices(ctx.user.role)) return { count };
    return { count, pending_approvals: await pendingApprovals(ctx), pending_promotions: await pendingPromotions(ctx) };
  },

  /** Conditional on `read_at is null`: marking twice keeps the first read time; another user's id is a 404. */
  async markRead(ctx: ServiceContext, id: number) {
    await own(ctx).andWhere('id', id).whereNull('read_at').update({ read_at: nowIso() });
    return findOwn(ctx, id);
  },

  async markAllRead(ctx: ServiceContext): Promise<{ updated: number }> {
    const updated = await own(ctx).whereNull('read_at').update({ read_at: nowIso() });
    return { updated: Number(updated) };
  },
};
