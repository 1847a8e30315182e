import {
  HELD_STATUSES, OWN_KINDS, reopensWaiver, severityOf, violationKey, type Evaluation, type SeverityBands, type ViolationKind, type ViolationStatus,
} from '../../../../shared/compliance';
import type { Db } from '../../db/knex';
import { inList, isPostgres } from '../../db/dialect';
import { nowIso } from '../../http/context';
import { notify } from '../notifications/service';
import type { RuleChannelRow } from './rule-inputs';
import { refreshSellerLevels } from './seller-levels';
import { insertEncodedRows, stagingRowEncoder, updateEncodedRows, type ColumnType } from '../sales-imports/sales-import-jobs';

/** One price judged by the rules: an observation (with its seller) or a price in force (no seller). */
export interface EvaluatedPrice {
  sku_id: number;
  channel_id: number;
  seller_id: number | null;
  at: string;
  observation_id: number | null;
  origin: 'observation' | 'in_force';
  evaluation: Evaluation;
}

export interface Actor { userId: number | null; email: string | null }
export interface WriteSummary { opened: number; resolved: number; occurrences: number }

interface Slot {
  id: number | null;
  key: string;
  kind: ViolationKind;
  sku_id: number;
  channel_id: number;
  seller_id: number | null;
  promotion_id: number | null;
  origin: string;
  expected: number | null;
  actual: number | null;
  gap_pct: number | null;
  severity: string;
  occurrences: number;
  status: ViolationStatus;
  assignee_id: number | null;
  first_seen_at: string;
  last_seen_at: string;
  closed_at: string | null;
  resolution: string | null;
  waived_actual: number | null;
  version: number;
  dirty: boolean;
  before: Record<string, unknown> | null;
}

interface PendingEvent { slot: Slot; at: string; kind: string; observation_id: number | null; actual: number | null }

/** What a judged batch changes on a held violation (`id` first, for the bulk update). */
const UPDATED_COLUMNS: Record<string, ColumnType> = {
  id: 'integer', promotion_id: 'integer', origin: 'text', expected: 'bigint', actual: 'bigint', gap_pct: 'double precision', severity: 'text',
  occurrences: 'integer', status: 'text', last_seen_at: 'text', closed_at: 'text', resolution: 'text', open_key: 'text', version: 'integer', updated_at: 'text',
};
/** A batch's events and audit entries: the company, the actor and the moment are bound once per statement. */
const EVENT_COLUMNS: Record<string, ColumnType> = { violation_id: 'integer', at: 'text', kind: 'text', observation_id: 'integer', actual: 'bigint' };
const AUDIT_COLUMNS: Record<string, ColumnType> = { action: 'text', record_id: 'integer', before: 'text', after: 'text' };
/** knex writes SQLite's multi-row insert as a compound SELECT, which SQLite caps at 500 terms. */
const INSERT_CHUNK = 500;
const SLOT_COLUMNS = [
  'id', 'open_key', 'kind', 'sku_id', 'channel_id', 'seller_id', 'promotion_id', 'origin', 'expected', 'actual', 'gap_pct', 'severity',
  'occurrences', 'status', 'assignee_id', 'first_seen_at', 'last_seen_at', 'waived_actual', 'version',
];
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function slotOf(row: Record<string, unknown>): Slot {
  return {
    id: Number(row.id), key: row.open_key as string, kind: row.kind as ViolationKind, sku_id: Number(row.sku_id), channel_id: Number(row.channel_id),
    seller_id: num(row.seller_id), promotion_id: num(row.promotion_id), origin: row.origin as string, expected: num(row.expected), actual: num(row.actual),
    gap_pct: num(row.gap_pct), severity: row.severity as string, occurrences: Number(row.occurrences), status: row.status as ViolationStatus,
    assignee_id: num(row.assignee_id), first_seen_at: row.first_seen_at as string, last_seen_at: row.last_seen_at as string, closed_at: null, resolution: null,
    waived_actual: num(row.waived_actual), version: Number(row.version), dirty: false, before: { status: row.status, actual: num(row.actual), occurrences: Number(row.occurrences) },
  };
}

/**
 * Turns judged prices into violations, in the caller's transaction. One violation holds each
 * (kind, SKU, channel, seller) slot while open, acknowledged or waived: a new breach there adds an
 * occurrence (and its observation as evidence), never a second violation; a later compliant price
 * resolves it (recorded as automatic). A price in force judged again unchanged adds nothing, so
 * re-evaluation is idempotent. Results are applied in time order, so a batch holding a breach and
 * its later correction ends resolved.
 */
export async function recordEvaluations(db: Db, orgId: number, results: EvaluatedPrice[], ctx: { bands: SeverityBands; channels: Map<number, RuleChannelRow> }, actor: Actor): Promise<WriteSummary> {
  const keys = new Set<string>();
  for (const r of results) {
    for (const b of r.evaluation.breaches) keys.add(violationKey(b.kind, r.sku_id, r.channel_id, r.seller_id));
    for (const kind of r.evaluation.passed) keys.add(violationKey(kind, r.sku_id, r.channel_id, r.seller_id));
  }
  if (!keys.size) return { opened: 0, resolved: 0, occurrences: 0 };
  // The held violations of these SKUs (far fewer than the slots judged), read by the status × SKU index.
  const held = new Map<string, Slot>();
  const skuIds = [...new Set(results.map((r) => r.sku_id))];
  const heldQuery = db('violations').where('org_id', orgId).whereIn('status', HELD_STATUSES).andWhere(inList(db, 'sku_id', skuIds, 'integer')).select(SLOT_COLUMNS);
  // On PostgreSQL two batches touching one slot queue on its row, locked in id order so two batches never
  // wait on each other in a circle; SQLite has a single writer anyway.
  for (const row of await (isPostgres(db) ? heldQuery.orderBy('id').forUpdate() : heldQuery)) if (keys.has(row.open_key)) held.set(row.open_key, slotOf(row));

  // When each slot was last closed: a sighting from before that (a late import, a re-evaluation of the
  // latest one) is old news and opens nothing again.
  const closedAt = new Map<string, string>();
  const earliest = results.reduce((min, r) => (r.at < min ? r.at : min), results[0]?.at ?? '');
  const closedRows = await db('violations').where({ org_id: orgId, status: 'resolved' }).andWhere('closed_at', '>=', earliest).andWhere(inList(db, 'sku_id', skuIds, 'integer'))
    .groupBy('kind', 'sku_id', 'channel_id', 'seller_id').select('kind', 'sku_id', 'channel_id', 'seller_id', db.raw('MAX(closed_at) as closed'));
  for (const r of closedRows) closedAt.set(violationKey(r.kind, Number(r.sku_id), Number(r.channel_id), num(r.seller_id)), r.closed);

  const touched: Slot[] = [];
  const events: PendingEvent[] = [];
  let occurrences = 0;
  const sorted = [...results].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const r of sorted) {
    for (const b of r.evaluation.breaches) {
      const key = violationKey(b.kind, r.sku_id, r.channel_id, r.seller_id);
      const severity = severityOf(b.gap_pct, ctx.bands);
      let slot = held.get(key);
      if (!slot && (closedAt.get(key) ?? '') >= r.at) continue;
      if (!slot) {
        const owner = OWN_KINDS.includes(b.kind) ? ctx.channels.get(r.channel_id)?.owner_user_id ?? null : null;
        slot = {
          id: null, key, kind: b.kind, sku_id: r.sku_id, channel_id: r.channel_id, seller_id: r.seller_id, promotion_id: b.promotion_id, origin: r.origin,
          expected: b.expected, actual: b.actual, gap_pct: b.gap_pct, severity, occurrences: 1, status: 'open', assignee_id: owner,
          first_seen_at: r.at, last_seen_at: r.at, closed_at: null, resolution: null, waived_actual: null, version: 1, dirty: true, before: null,
        };
        held.set(key, slot);
        touched.push(slot);
        events.push({ slot, at: r.at, kind: 'opened', observation_id: r.observation_id, actual: b.actual });
        occurrences++;
        continue;
      }
      // Judging the same listed price or the same sighting again (a re-evaluation) is not a new occurrence.
      const sameListedPrice = r.origin === 'in_force' && slot.origin === 'in_force' && slot.actual === b.actual && slot.expected === b.expected;
      const sameSighting = r.origin === 'observation' && slot.last_seen_at === r.at && slot.actual === b.actual;
      if (sameListedPrice || sameSighting) continue;
      if (!slot.dirty) touched.push(slot);
      slot.dirty = true;
      slot.occurrences++;
      occurrences++;
      if (r.at >= slot.last_seen_at) {
        Object.assign(slot, { expected: b.expected, actual: b.actual, gap_pct: b.gap_pct, severity, last_seen_at: r.at, promotion_id: b.promotion_id ?? slot.promotion_id, origin: r.origin });
      }
      events.push({ slot, at: r.at, kind: 'occurrence', observation_id: r.observation_id, actual: b.actual });
      if (slot.status === 'waived' && reopensWaiver(slot.waived_actual, b.actual)) {
        slot.status = 'open';
        events.push({ slot, at: r.at, kind: 'reopened', observation_id: r.observation_id, actual: b.actual });
      }
    }
    for (const kind of r.evaluation.passed) {
      const key = violationKey(kind, r.sku_id, r.channel_id, r.seller_id);
      const slot = held.get(key);
      if (!slot || !HELD_STATUSES.includes(slot.status) || r.at < slot.last_seen_at) continue;
      if (!slot.dirty) touched.push(slot);
      Object.assign(slot, { dirty: true, status: 'resolved', resolution: 'auto', closed_at: r.at });
      held.delete(key);
      events.push({ slot, at: r.at, kind: 'auto_resolved', observation_id: r.observation_id, actual: null });
    }
  }
  return writeSlots(db, orgId, touched, events, actor, occurrences);
}

async function writeSlots(db: Db, orgId: number, touched: Slot[], events: PendingEvent[], actor: Actor, occurrences: number): Promise<WriteSummary> {
  const now = nowIso();
  const columns = (s: Slot) => ({
    kind: s.kind, sku_id: s.sku_id, channel_id: s.channel_id, seller_id: s.seller_id, promotion_id: s.promotion_id, origin: s.origin,
    expected: s.expected, actual: s.actual, gap_pct: s.gap_pct, severity: s.severity, occurrences: s.occurrences, status: s.status,
    assignee_id: s.assignee_id, first_seen_at: s.first_seen_at, last_seen_at: s.last_seen_at, closed_at: s.closed_at, resolution: s.resolution,
    open_key: HELD_STATUSES.includes(s.status) ? s.key : null, updated_at: now,
  });
  const fresh = touched.filter((s) => s.id === null);
  // Updates first (one statement per 2,000): a slot closed in this batch frees its key for a violation opened later in it.
  const encode = stagingRowEncoder(db, UPDATED_COLUMNS);
  await updateEncodedRows(db, 'violations', UPDATED_COLUMNS, touched.filter((t) => t.before).map((s) => encode({ ...columns(s), id: s.id, version: s.version + 1 })));
  for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
    const chunk = fresh.slice(i, i + INSERT_CHUNK);
    const ids = await db('violations').insert(chunk.map((s) => ({ ...columns(s), org_id: orgId, version: 1, created_at: now }))).returning('id');
    ids.forEach((row: number | { id: number }, j: number) => { chunk[j].id = Number(typeof row === 'object' ? row.id : row); });
  }
  const encodeEvent = stagingRowEncoder(db, EVENT_COLUMNS);
  await insertEncodedRows(db, 'violation_events', EVENT_COLUMNS,
    events.map((e) => encodeEvent({ violation_id: e.slot.id, at: e.at, kind: e.kind, observation_id: e.observation_id, actual: e.actual })), 2000,
    { org_id: ['integer', orgId], user_id: ['integer', actor.userId] });

  // Every transition is audited: opened, reopened, resolved automatically (occurrences are history, not transitions).
  const transitions = touched.filter((s) => !s.before || s.before.status !== s.status);
  const encodeAudit = stagingRowEncoder(db, AUDIT_COLUMNS);
  await insertEncodedRows(db, 'audit_log', AUDIT_COLUMNS, transitions.map((s) => encodeAudit({
    action: s.before ? 'update' : 'create', record_id: s.id,
    before: s.before ? JSON.stringify(s.before) : null,
    after: JSON.stringify({ kind: s.kind, status: s.status, actual: s.actual, expected: s.expected, occurrences: s.occurrences, ...(s.resolution ? { resolution: s.resolution } : {}) }),
  })), 2000, { org_id: ['integer', orgId], user_id: ['integer', actor.userId], user_email: ['text', actor.email], at: ['text', now], resource: ['text', 'violations'] });

  // Own-channel breaches are the channel owner's task: one notification per owner per batch.
  const perOwner = new Map<number, number>();
  for (const s of fresh) if (s.assignee_id && s.status === 'open') perOwner.set(s.assignee_id, (perOwner.get(s.assignee_id) ?? 0) + 1);
  for (const [owner, count] of perOwner) {
    await notify(db, [owner], { kind: 'compliance', key: 'violations_assigned', params: { count }, link: '/violations' });
  }
  const sellers = fresh.filter((s) => s.kind === 'unauthorized_seller' && s.seller_id !== null).map((s) => s.seller_id!);
  if (sellers.length) await refreshSellerLevels(db, orgId, sellers);
  return { opened: fresh.length, resolved: touched.filter((s) => s.status === 'resolved').length, occurrences };
}
