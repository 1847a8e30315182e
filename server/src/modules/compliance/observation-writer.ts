import { evaluatePrice, sellerMatchKey, type ViolationKind } from '../../../../shared/compliance';
import { dayFinder } from '../../../../shared/instants';
import { insertEncodedRows, stagingRowEncoder, type ColumnType } from '../sales-imports/sales-import-jobs';
import type { Db } from '../../db/knex';
import { inList, isPostgres, reserveIds } from '../../db/dialect';
import { nowIso } from '../../http/context';
import { loadRuleInputs, type RuleInputs } from './rule-inputs';
import { cachedRuleInputs, forgetRuleInputs } from './rule-input-cache';
import { recordEvaluations, type Actor, type EvaluatedPrice } from './violation-writer';

/** An observation checked and resolved to ids, price in fen. */
export interface NewObservation {
  channel_id: number;
  sku_id: number;
  seller_id: number | null;
  store_name: string | null;
  shop_id: string | null;
  price: number;
  observed_at: string;
  url: string | null;
  evidence_id: number | null;
  source: 'manual' | 'import' | 'api';
  external_id: string | null;
}

export interface RecordedObservation { id: number; compliant: boolean; breaches: ViolationKind[] }
export interface RecordResult { created: RecordedObservation[]; unchanged: number; opened: number; resolved: number }

/** knex writes SQLite's multi-row insert as a compound SELECT, which SQLite caps at 500 terms. */
const INSERT_CHUNK = 500;

/** Read from each inserted row; the others (`CONSTANT_COLUMNS`, and these when all rows agree) are bound once per statement. */
const OBSERVATION_COLUMNS: Record<string, ColumnType> = {
  id: 'integer', channel_id: 'integer', sku_id: 'integer', seller_id: 'integer', store_name: 'text', price: 'bigint', observed_at: 'text',
  day: 'text', url: 'text', evidence_id: 'integer', source: 'text', external_id: 'text', compliant: 'boolean', breaches: 'text',
};
const MAYBE_CONSTANT: (keyof NewObservation)[] = ['channel_id', 'source'];

/** What is known of the sellers a batch names: by channel and match key (stores named), and by id (sellers given). */
export interface SellerFacts {
  byKey: Map<string, number>;
  authorized: Map<number, boolean | null>;
}

const storeKey = (o: NewObservation) => `${o.channel_id}|${sellerMatchKey(o.store_name ?? o.shop_id!, o.shop_id)}`;
const namesStore = (o: NewObservation) => o.seller_id === null && !!(o.store_name || o.shop_id);

/**
 * Stores observations and judges each against the policy and the promotions in force at its own
 * `observed_at`, in the caller's transaction, so the answer already reflects the violations. An
 * `external_id` already stored for the channel (or repeated in the batch) changes nothing; a store
 * not seen before on the channel becomes an unreviewed seller.
 */
export async function recordObservations(db: Db, orgId: number, observations: NewObservation[], actor: Actor, prepared?: PreparedBatch): Promise<RecordResult> {
  const fresh = prepared ? prepared.fresh : await withoutKnownExternalIds(db, orgId, observations);
  const unchanged = observations.length - fresh.length;
  if (!fresh.length) return { created: [], unchanged, opened: 0, resolved: 0 };
  const now = nowIso();
  const sellers = prepared?.sellers ?? await readSellerFacts(db, orgId, fresh);
  await attachSellers(db, orgId, fresh, sellers, now);
  const inputs = prepared?.inputs ?? await loadObservationInputs(db, orgId, fresh);
  const judged = fresh.map((o) => {
    const sku = inputs.skus.get(o.sku_id)!;
    const seller = o.seller_id === null ? null : { authorized: sellers.authorized.get(o.seller_id) ?? null };
    return evaluatePrice({ price: o.price, units_per_pack: sku.units_per_pack, origin: 'observation' }, inputs.contextFor(o.sku_id, o.channel_id, o.observed_at, seller));
  });

  const dayOf = dayFinder(inputs.timeZone);
  const ids = await reserveIds(db, 'price_observations', fresh.length);
  const pg = isPostgres(db);
  const rows = fresh.map((o, i) => ({
    id: ids[i], channel_id: o.channel_id, sku_id: o.sku_id, seller_id: o.seller_id, store_name: o.store_name, price: o.price, observed_at: o.observed_at,
    day: dayOf(o.observed_at), url: o.url, evidence_id: o.evidence_id, source: o.source, external_id: o.external_id,
    compliant: judged[i].breaches.length === 0, breaches: judged[i].breaches.map((b) => b.kind).join(',') || null,
  }));
  const perRow = { ...OBSERVATION_COLUMNS };
  const constants: Record<string, [ColumnType, unknown]> = { org_id: ['integer', orgId], version: ['integer', 1], created_at: ['text', now], updated_at: ['text', now] };
  for (const column of MAYBE_CONSTANT) {
    if (fresh.every((o) => o[column] === fresh[0][column])) {
      constants[column] = [perRow[column], fresh[0][column]];
      delete perRow[column];
    }
  }
  const encode = stagingRowEncoder(db, perRow);
  await insertEncodedRows(db, 'price_observations', perRow, rows.map((r) => encode({ ...r, compliant: pg ? r.compliant : Number(r.compliant) })), 2000, constants);
  await addToDailyCounts(db, orgId, rows);
  await addToSlots(db, orgId, rows);
  const results: EvaluatedPrice[] = fresh.map((o, i) => ({
    sku_id: o.sku_id, channel_id: o.channel_id, seller_id: o.seller_id, at: o.observed_at, observation_id: ids[i], origin: 'observation', evaluation: judged[i],
  }));
  const written = await recordEvaluations(db, orgId, results, inputs, actor);
  return {
    created: ids.map((id, i) => ({ id, compliant: rows[i].compliant, breaches: judged[i].breaches.map((b) => b.kind) })),
    unchanged, opened: written.opened, resolved: written.resolved,
  };
}

export interface PreparedBatch { fresh: NewObservation[]; inputs?: RuleInputs; sellers?: SellerFacts }

/**
 * The reading half of a batch, done before its write transaction on SQLite's read pool, so the single
 * writer is held only to write: which observations are new (an external id already stored changes
 * nothing; a batch racing another with the same ids fails on the unique index, and its retry finds
 * them stored), the sellers they name, and what the rules need to judge them (kept between batches).
 */
export async function prepareObservations(readDb: Db, orgId: number, observations: NewObservation[]): Promise<PreparedBatch> {
  const fresh = await withoutKnownExternalIds(readDb, orgId, observations);
  if (!fresh.length) return { fresh };
  const covers = (inputs: RuleInputs) => fresh.every((o) => inputs.skus.has(o.sku_id) && inputs.channels.has(o.channel_id));
  const [sellers, kept] = await Promise.all([readSellerFacts(readDb, orgId, fresh), cachedRuleInputs(readDb, orgId)]);
  let inputs = kept;
  // A SKU or channel created since (by another server process) is read anew rather than judged without its facts.
  if (!covers(inputs)) {
    forgetRuleInputs(readDb, orgId);
    inputs = await cachedRuleInputs(readDb, orgId);
  }
  return { fresh, inputs, sellers };
}

function loadObservationInputs(db: Db, orgId: number, observations: NewObservation[]): Promise<RuleInputs> {
  const times = observations.map((o) => o.observed_at).sort();
  return loadRuleInputs(db, orgId, observations.map((o) => o.sku_id), { from: times[0], to: times[times.length - 1] }, [...new Set(observations.map((o) => o.channel_id))]);
}

async function withoutKnownExternalIds(db: Db, orgId: number, observations: NewObservation[]): Promise<NewObservation[]> {
  const withIds = observations.filter((o) => o.external_id);
  if (!withIds.length) return observations;
  const known = new Set<string>();
  const byChannel = new Map<number, string[]>();
  for (const o of withIds) {
    const list = byChannel.get(o.channel_id);
    if (list) list.push(o.external_id!);
    else byChannel.set(o.channel_id, [o.external_id!]);
  }
  for (const [channelId, externalIds] of byChannel) {
    const rows = await db('price_observations').where({ org_id: orgId, channel_id: channelId }).andWhere(inList(db, 'external_id', externalIds, 'text')).select('external_id');
    for (const r of rows) known.add(`${channelId}:${r.external_id}`);
  }
  return observations.filter((o) => {
    if (!o.external_id) return true;
    const key = `${o.channel_id}:${o.external_id}`;
    if (known.has(key)) return false;
    known.add(key); // the same id twice in one batch counts once
    return true;
  });
}

/** The stored sellers of the stores these observations name, and whether each seller given or found is authorised. */
async function readSellerFacts(db: Db, orgId: number, observations: NewObservation[]): Promise<SellerFacts> {
  const facts: SellerFacts = { byKey: new Map(), authorized: new Map() };
  const keys = [...new Set(observations.filter(namesStore).map((o) => sellerMatchKey(o.store_name ?? o.shop_id!, o.shop_id)))];
  const ids = [...new Set(observations.map((o) => o.seller_id).filter((id): id is number => id !== null))];
  const found = await Promise.all([
    keys.length ? db('sellers').where('org_id', orgId).andWhere(inList(db, 'match_key', keys, 'text')).select('id', 'channel_id', 'match_key', 'authorized') : [],
    ids.length ? db('sellers').where('org_id', orgId).andWhere(inList(db, 'id', ids, 'integer')).select('id', 'channel_id', 'match_key', 'authorized') : [],
  ]);
  for (const r of found.flat()) {
    facts.byKey.set(`${r.channel_id}|${r.match_key}`, Number(r.id));
    facts.authorized.set(Number(r.id), r.authorized === null ? null : !!r.authorized);
  }
  return facts;
}

/** Points each observation that names a store but no seller at its seller, creating the stores not seen before (unreviewed). */
async function attachSellers(db: Db, orgId: number, observations: NewObservation[], facts: SellerFacts, now: string): Promise<void> {
  const wanted = new Map<string, { channel_id: number; name: string; shop_id: string | null; match_key: string; at: string }>();
  for (const o of observations) {
    if (!namesStore(o)) continue;
    const key = storeKey(o);
    if (facts.byKey.has(key)) continue;
    const seen = wanted.get(key);
    if (!seen || o.observed_at < seen.at) {
      wanted.set(key, { channel_id: o.channel_id, name: o.store_name ?? o.shop_id!, shop_id: o.shop_id, match_key: sellerMatchKey(o.store_name ?? o.shop_id!, o.shop_id), at: o.observed_at });
    }
  }
  if (wanted.size) {
    const candidates = [...wanted.values()];
    for (let i = 0; i < candidates.length; i += INSERT_CHUNK) {
      await db('sellers').insert(candidates.slice(i, i + INSERT_CHUNK).map((c) => ({
        org_id: orgId, channel_id: c.channel_id, name: c.name, match_key: c.match_key, shop_id: c.shop_id, authorized: null, level: 0,
        first_seen_at: c.at, version: 1, created_at: now, updated_at: now,
      }))).onConflict(['org_id', 'channel_id', 'match_key']).ignore();
    }
    // Created here, or by a batch that raced this one: read back either way.
    const keys = [...new Set(candidates.map((c) => c.match_key))];
    const rows = await db('sellers').where('org_id', orgId).andWhere(inList(db, 'match_key', keys, 'text')).select('id', 'channel_id', 'match_key', 'authorized');
    for (const r of rows) {
      facts.byKey.set(`${r.channel_id}|${r.match_key}`, Number(r.id));
      facts.authorized.set(Number(r.id), r.authorized === null ? null : !!r.authorized);
    }
  }
  for (const o of observations) if (namesStore(o)) o.seller_id = facts.byKey.get(storeKey(o)) ?? null;
}

const SLOT_COLUMNS: Record<string, ColumnType> = {
  sku_id: 'integer', channel_id: 'integer', seller_key: 'integer', observation_id: 'integer', observed_at: 'text', observations: 'integer', first_observed_at: 'text',
};
// SET expressions read the row as it was, so each CASE compares with the stored latest, not the new one.
const LATER = `(excluded.observed_at > observation_latest.observed_at
  OR (excluded.observed_at = observation_latest.observed_at AND excluded.observation_id > observation_latest.observation_id))`;
const ADD_TO_SLOT = `ON CONFLICT (org_id, sku_id, channel_id, seller_key) DO UPDATE SET
  observations = observation_latest.observations + excluded.observations,
  first_observed_at = CASE WHEN observation_latest.first_observed_at IS NULL OR excluded.first_observed_at < observation_latest.first_observed_at
    THEN excluded.first_observed_at ELSE observation_latest.first_observed_at END,
  observation_id = CASE WHEN ${LATER} THEN excluded.observation_id ELSE observation_latest.observation_id END,
  observed_at = CASE WHEN ${LATER} THEN excluded.observed_at ELSE observation_latest.observed_at END`;

type SlotSighting = { sku_id: number; channel_id: number; seller_key: number; observation_id: number; observed_at: string; observations: number; first_observed_at: string };

/**
 * Adds a batch to each slot's row (SKU, channel, seller): its count, its first instant, and its latest
 * sighting (a later instant, or a higher id at the same one), which the re-evaluation judges again.
 * One row per slot, in key order, so two PostgreSQL batches lock the slots they share in the same order.
 */
async function addToSlots(db: Db, orgId: number, rows: { id: number; sku_id: number; channel_id: number; seller_id: number | null; observed_at: string }[]): Promise<void> {
  const slots = new Map<string, SlotSighting>();
  for (const r of rows) {
    const key = `${r.sku_id}|${r.channel_id}|${r.seller_id ?? 0}`;
    const seen = slots.get(key);
    if (!seen) {
      slots.set(key, { sku_id: r.sku_id, channel_id: r.channel_id, seller_key: r.seller_id ?? 0, observation_id: r.id, observed_at: r.observed_at, observations: 1, first_observed_at: r.observed_at });
      continue;
    }
    seen.observations++;
    if (r.observed_at < seen.first_observed_at) seen.first_observed_at = r.observed_at;
    if (r.observed_at > seen.observed_at || (r.observed_at === seen.observed_at && r.id > seen.observation_id)) {
      seen.observation_id = r.id;
      seen.observed_at = r.observed_at;
    }
  }
  const sorted = [...slots.values()].sort((a, b) => a.sku_id - b.sku_id || a.channel_id - b.channel_id || a.seller_key - b.seller_key);
  const encode = stagingRowEncoder(db, SLOT_COLUMNS);
  await insertEncodedRows(db, 'observation_latest', SLOT_COLUMNS, sorted.map(encode), 2000, { org_id: ['integer', orgId] }, ADD_TO_SLOT);
}

/** The compliance-rate trend reads these daily counts, never the observations themselves. */
async function addToDailyCounts(db: Db, orgId: number, rows: { day: string; channel_id: number; compliant: boolean }[]): Promise<void> {
  const counts = new Map<string, { org_id: number; day: string; channel_id: number; observations: number; compliant: number }>();
  for (const r of rows) {
    const key = `${r.day}|${r.channel_id}`;
    const c = counts.get(key) ?? { org_id: orgId, day: r.day, channel_id: r.channel_id, observations: 0, compliant: 0 };
    c.observations++;
    if (r.compliant) c.compliant++;
    counts.set(key, c);
  }
  const values = [...counts.values()];
  for (let i = 0; i < values.length; i += INSERT_CHUNK) {
    await db('observation_daily').insert(values.slice(i, i + INSERT_CHUNK)).onConflict(['org_id', 'day', 'channel_id']).merge({
      observations: db.raw('observation_daily.observations + excluded.observations'),
      compliant: db.raw('observation_daily.compliant + excluded.compliant'),
    });
  }
}
