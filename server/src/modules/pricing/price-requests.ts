import crypto from 'node:crypto';
import type { Db } from '../../db/knex';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError } from '../../http/errors';
import { clock } from '../../clock';
import { dayInZone, parseInstant } from '../../../../shared/instants';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import { yuanToFen } from '../../../../shared/money';
import { approvalDecision, priceInForce, scopeAllows, type DatedPrice } from '../../../../shared/pricing';
import { getOrgSettings } from '../settings/service';
import { writeAudit } from '../audit/audit';
import { toPriceRecord } from './price-records';
import { refreshCurrentPrices } from './current-prices';

export interface PriceRequestInput {
  sku_id: number;
  channel_id: number;
  price: number; // yuan
  effective_from: string;
  effective_to?: string | null;
  reason?: string | null;
  /** `correction`: sets a past period right beside the original; always waits for a manager. */
  kind?: 'price' | 'correction';
  corrects_id?: number | null;
}

const CHUNK = 500;
/** Clocks differ a little between a user's machine and the server. */
const PAST_GRACE_MS = 5 * 60 * 1000;

/**
 * A price may not start in the past: history must show only prices that were really charged. The
 * start of today (a date picked in a date picker) means "now"; anything earlier is refused (null).
 */
function startsNotInPast(requests: PriceRequestInput[]): (string | null)[] {
  const now = clock.now();
  const startOfToday = parseInstant(dayInZone(now.toISOString()));
  return requests.map((r) => {
    if (r.kind === 'correction') return r.effective_from;
    if (Date.parse(r.effective_from) >= now.getTime() - PAST_GRACE_MS) return r.effective_from;
    if (r.effective_from === startOfToday) return now.toISOString();
    return null;
  });
}

async function loadByIds<T>(db: Db, table: string, orgId: number, ids: number[], columns: string[]): Promise<Map<number, T>> {
  const map = new Map<number, T>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await db(table).where('org_id', orgId).whereIn('id', unique.slice(i, i + CHUNK)).select(columns);
    for (const row of rows) map.set(row.id, row);
  }
  return map;
}

/** Same file row twice, or the same file imported twice, maps to the same key. */
export function importKeyOf(orgId: number, r: PriceRequestInput): string {
  const text = [orgId, r.sku_id, r.channel_id, yuanToFen(r.price), r.effective_from, r.effective_to ?? ''].join('|');
  return crypto.createHash('sha256').update(text).digest('hex');
}

/**
 * Creates price requests, each approved automatically or left pending for a manager, all in the
 * caller's transaction. Any invalid request fails the whole batch with per-row errors
 * (`<prefix>.<index>.<field>`), so nothing is half-written.
 */
export async function createPriceRequests(
  ctx: ServiceContext,
  requests: PriceRequestInput[],
  options: { errorPrefix?: string; idempotent?: boolean; onProgress?: (done: number) => void } = {},
): Promise<{ created: Record<string, unknown>[]; skipped: number }> {
  const { db, user } = ctx;
  const prefix = options.errorPrefix ? `${options.errorPrefix}.` : '';
  const skus = await loadByIds<{ id: number; channel_scope: 'online' | 'offline' | 'all'; units_per_pack: number; code: string }>(
    db, 'skus', user.orgId, requests.map((r) => r.sku_id), ['id', 'channel_scope', 'units_per_pack', 'code'],
  );
  const channels = await loadByIds<{ id: number; type: 'online' | 'offline'; code: string }>(
    db, 'channels', user.orgId, requests.map((r) => r.channel_id), ['id', 'type', 'code'],
  );
  const errors: Record<string, string> = {};
  const starts = startsNotInPast(requests);
  requests.forEach((r, i) => {
    const sku = skus.get(r.sku_id);
    const channel = channels.get(r.channel_id);
    const at = (field: string) => (requests.length > 1 || prefix ? `${prefix}${i}.${field}` : field);
    if (starts[i] === null) errors[at('effective_from')] = englishMessage(msg('past_start'));
    if (r.kind === 'correction' && Date.parse(r.effective_from) >= clock.nowMs()) {
      errors[at('effective_from')] = englishMessage(msg('correction_not_past'));
    }
    if (!sku) errors[at('sku_id')] = englishMessage(msg('sku_not_found'));
    if (!channel) errors[at('channel_id')] = englishMessage(msg('channel_not_found'));
    if (sku && channel && !scopeAllows(sku.channel_scope, channel.type)) {
      errors[at('channel_id')] = englishMessage(msg('out_of_scope'));
    }
  });
  for (const [i, r] of requests.entries()) {
    if (r.kind !== 'correction' || !r.corrects_id) continue;
    const target = await db('channel_prices')
      .where({ id: r.corrects_id, org_id: user.orgId, sku_id: r.sku_id, channel_id: r.channel_id, status: 'approved' }).first('id');
    if (!target) errors[requests.length > 1 || prefix ? `${prefix}${i}.corrects_id` : 'corrects_id'] = englishMessage(msg('correction_target'));
  }
  if (Object.keys(errors).length) {
    const first = Object.entries(errors)[0];
    throw apiError(400, 'price_requests_invalid', { count: Object.keys(errors).length, first: `${first[0]}: ${first[1]}` }, errors);
  }

  const settings = await getOrgSettings(db, user.orgId);
  const policies = new Map<number, number>();
  const skuIds = [...skus.keys()];
  const history = new Map<string, DatedPrice[]>();
  for (let i = 0; i < skuIds.length; i += CHUNK) {
    const chunk = skuIds.slice(i, i + CHUNK);
    for (const p of await db('price_policies').where('org_id', user.orgId).whereIn('sku_id', chunk).select('sku_id', 'control_price')) {
      policies.set(p.sku_id, Number(p.control_price));
    }
    const rows = await db('channel_prices').where({ org_id: user.orgId, status: 'approved' }).whereIn('sku_id', chunk)
      .select('id', 'sku_id', 'channel_id', 'price', 'effective_from', 'effective_to', 'status');
    for (const row of rows) {
      const key = `${row.sku_id}:${row.channel_id}`;
      history.set(key, [...(history.get(key) ?? []), { ...row, price: Number(row.price) }]);
    }
  }

  const existingKeys = new Set<string>();
  const keys = requests.map((r) => (options.idempotent ? importKeyOf(user.orgId, r) : null));
  if (options.idempotent) {
    const all = keys.filter((k): k is string => k !== null);
    for (let i = 0; i < all.length; i += CHUNK) {
      const rows = await db('channel_prices').where('org_id', user.orgId).whereIn('import_key', all.slice(i, i + CHUNK)).select('import_key');
      for (const row of rows) existingKeys.add(row.import_key);
    }
  }

  const now = nowIso();
  const created: Record<string, unknown>[] = [];
  let skipped = 0;
  for (const [i, r] of requests.entries()) {
    if (i % 500 === 0) options.onProgress?.(i);
    const key = keys[i];
    if (key && existingKeys.has(key)) {
      skipped++;
      continue;
    }
    if (key) existingKeys.add(key);
    const price = yuanToFen(r.price);
    const effectiveFrom = starts[i]!;
    const current = priceInForce(history.get(`${r.sku_id}:${r.channel_id}`) ?? [], effectiveFrom);
    const correction = r.kind === 'correction';
    const decision = correction ? { autoApprove: false, reason: 'correction' } : approvalDecision({
      price,
      controlPrice: policies.get(r.sku_id) ?? null,
      currentPrice: current ? current.price : null,
      threshold: settings.auto_approve_threshold,
    });
    const row = {
      org_id: user.orgId, sku_id: r.sku_id, channel_id: r.channel_id, price,
      effective_from: effectiveFrom, effective_to: r.effective_to ?? null,
      status: decision.autoApprove ? 'approved' : 'pending', approval_reason: decision.reason,
      requested_by: user.userId, approved_by: null, decided_at: decision.autoApprove ? now : null,
      reason: r.reason ?? null, kind: correction ? 'correction' : 'price', corrects_id: correction ? r.corrects_id ?? null : null, import_key: key, version: 1, created_at: now, updated_at: now,
    };
    const [inserted] = await db('channel_prices').insert(row).returning('id');
    const id = typeof inserted === 'object' ? inserted.id : inserted;
    const record = toPriceRecord({ ...row, id }, skus.get(r.sku_id)!.units_per_pack);
    await writeAudit(ctx, 'create', 'channel-prices', id, null, record);
    if (decision.autoApprove) {
      const key2 = `${r.sku_id}:${r.channel_id}`;
      history.set(key2, [...(history.get(key2) ?? []), { id, price, effective_from: row.effective_from, effective_to: row.effective_to, status: 'approved' }]);
    }
    created.push(record);
  }
  const repriced = created.filter((c) => c.status === 'approved').map((c) => c.sku_id as number);
  if (repriced.length) await refreshCurrentPrices(db, user.orgId, repriced);
  options.onProgress?.(requests.length);
  return { created, skipped };
}
