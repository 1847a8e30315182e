import { evaluatePrice, sellerMatchKey, type ViolationKind } from '../../../../shared/compliance';
import { dayFinder } from '../../../../shared/instants';
import { insertEncodedRows, stagingRowEncoder, type ColumnType } from '../sales-imports/sales-import-jobs';
import type { Db } from '../../db/knex';
import { isPostgres, reserveIds } from '../../db/dialect';
import { nowIso } from '../../http/context';
import { loadRuleInputs, type RuleInputs } from './rule-inputs';
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

const CHUNK = 2000;
/** knex writes SQLite's multi-row insert as a compound SELECT, which SQLite caps at 500 terms. */
const INSERT_CHUNK = 500;

const OBSERVATION_COLUMNS: Record<string, ColumnType> = {
  id: 'integer', org_id: 'integer', channel_id: 'integer', sku_id: 'integer', seller_id: 'integer', store_name: 'text', price: 'bigint', observed_at: 'text',
  day: 'text', url: 'text', evidence_id: 'integer', source: 'text', external_id: 'text', compliant: 'boolean', breaches: 'text', version: 'integer',
  created_at: 'text', updated_at: 'text',
};


/**
 * Stores observations and judges each against the policy and the promotions in force at its own
 * `observed_at`, in the caller's transaction, so the answer already reflects the violations. An
 * `external_id` already stored for the channel (or repeated in the batch) changes nothing; a store
 * not seen before on the channel becomes an unreviewed seller.
 */
export async function recordObservations(db: Db, orgId: number, observations: NewObservation[], actor: Actor, prepared?: PreparedBatch): Promise<RecordResult> {
  const fresh = prepared ? prepared.fresh : await withoutKnownExternalIds(db, orgId, observations);
  const unchanged = observations.length - fresh.length;
  const preloaded = prepared?.inputs;
  if (!fresh.length) return { created: [], unchanged, opened: 0, resolved: 0 };
  const now = nowIso();
  await attachSellers(db, orgId, fresh, now);
  const sellerIds = [...new Set(fresh.map((o) => o.seller_id).filter((id): id is number => id !== null))];
  const authorized = new Map<number, boolean | null>();
  for (let i = 0; i < sellerIds.length; i += CHUNK) {
    for (const s of await db('sellers').where('org_id', orgId).whereIn('id', sellerIds.slice(i, i + CHUNK)).select('id', 'authorized')) {
      authorized.set(Number(s.id), s.authorized === null ? null : !!s.authorized);
    }
  }
  const inputs = preloaded ?? await loadObservationInputs(db, orgId, fresh);
  const judged = fresh.map((o) => {
    const sku = inputs.skus.get(o.sku_id)!;
    const seller = o.seller_id === null ? null : { authorized: authorized.get(o.seller_id) ?? null };
    return evaluatePrice({ price: o.price, units_per_pack: sku.units_per_pack, origin: 'observation' }, inputs.contextFor(o.sku_id, o.channel_id, o.observed_at, seller));
  });

  const dayOf = dayFinder(inputs.timeZone);
  const ids = await reserveIds(db, 'price_observations', fresh.length);
  const rows = fresh.map((o, i) => ({
    id: ids[i], org_id: orgId, channel_id: o.channel_id, sku_id: o.sku_id, seller_id: o.seller_id, store_name: o.store_name, price: o.price, observed_at: o.observed_at,
    day: dayOf(o.observed_at), url: o.url, evidence_id: o.evidence_id, source: o.source, external_id: o.external_id,
    compliant: judged[i].breaches.length === 0, breaches: judged[i].breaches.map((b) => b.kind).join(',') || null, version: 1, created_at: now, updated_at: now,
  }));
  const encode = stagingRowEncoder(db, OBSERVATION_COLUMNS);
  await insertEncodedRows(db, 'price_observations', OBSERVATION_COLUMNS, rows.map((r) => encode({ ...r, compliant: isPostgres(db) ? r.compliant : Number(r.compliant) })));
  await addToDailyCounts(db, rows);
  const results: EvaluatedPrice[] = fresh.map((o, i) => ({
    sku_id: o.sku_id, channel_id: o.channel_id, seller_id: o.seller_id, at: o.observed_at, observation_id: ids[i], origin: 'observation', evaluation: judged[i],
  }));
  const written = await recordEvaluations(db, orgId, results, inputs, actor);
  return {
    created: ids.map((id, i) => ({ id, compliant: rows[i].compliant, breaches: judged[i].breaches.map((b) => b.kind) })),
    unchanged, opened: written.opened, resolved: written.resolved,
  };
}

export interface PreparedBatch { fresh: NewObservation[]; inputs?: RuleInputs }

/**
 * The reading half of a batch, done before its write transaction on SQLite's read pool, so the single
 * writer is held only to write: which observations are new (an external id already stored changes
 * nothing; a batch racing another with the same ids fails on the unique index, and its retry finds
 * them stored) and what the rules need to judge them.
 */
export async function prepareObservations(readDb: Db, orgId: number, observations: NewObservation[]): Promise<PreparedBatch> {
  const fresh = await withoutKnownExternalIds(readDb, orgId, observations);
  return { fresh, inputs: fresh.length ? await loadObservationInputs(readDb, orgId, fresh) : undefined };
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
  for (const o of withIds) byChannel.set(o.channel_id, [...(byChannel.get(o.channel_id) ?? []), o.external_id!]);
  for (const [channelId, externalIds] of byChannel) {
    for (let i = 0; i < externalIds.length; i += CHUNK) {
      const rows = await db('price_observations').where({ org_id: orgId, channel_id: channelId }).whereIn('external_id', externalIds.slice(i, i + CHUNK)).select('external_id');
      for (const r of rows) known.add(`${channelId}:${r.external_id}`);
    }
  }
  return observations.filter((o) => {
    if (!o.external_id) return true;
    const key = `${o.channel_id}:${o.external_id}`;
    if (known.has(key)) return false;
    known.add(key); // the same id twice in one batch counts once
    return true;
  });
}

/** Finds or creates the seller of each observation that names a store but no seller. */
async function attachSellers(db: Db, orgId: number, observations: NewObservation[], now: string): Promise<void> {
  const wanted = new Map<string, { channel_id: number; name: string; shop_id: string | null; match_key: string; at: string }>();
  for (const o of observations) {
    if (o.seller_id !== null || !(o.store_name || o.shop_id)) continue;
    const matchKey = sellerMatchKey(o.store_name ?? o.shop_id!, o.shop_id);
    const key = `${o.channel_id}|${matchKey}`;
    const seen = wanted.get(key);
    if (!seen || o.observed_at < seen.at) wanted.set(key, { channel_id: o.channel_id, name: o.store_name ?? o.shop_id!, shop_id: o.shop_id, match_key: matchKey, at: o.observed_at });
  }
  if (!wanted.size) return;
  const candidates = [...wanted.values()];
  for (let i = 0; i < candidates.length; i += INSERT_CHUNK) {
    await db('sellers').insert(candidates.slice(i, i + INSERT_CHUNK).map((c) => ({
      org_id: orgId, channel_id: c.channel_id, name: c.name, match_key: c.match_key, shop_id: c.shop_id, authorized: null, level: 0,
      first_seen_at: c.at, version: 1, created_at: now, updated_at: now,
    }))).onConflict(['org_id', 'channel_id', 'match_key']).ignore();
  }
  const idOf = new Map<string, number>();
  const keys = [...new Set(candidates.map((c) => c.match_key))];
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await db('sellers').where('org_id', orgId).whereIn('match_key', keys.slice(i, i + CHUNK)).select('id', 'channel_id', 'match_key');
    for (const r of rows) idOf.set(`${r.channel_id}|${r.match_key}`, Number(r.id));
  }
  for (const o of observations) {
    if (o.seller_id !== null || !(o.store_name || o.shop_id)) continue;
    o.seller_id = idOf.get(`${o.channel_id}|${sellerMatchKey(o.store_name ?? o.shop_id!, o.shop_id)}`) ?? null;
  }
}

/** The compliance-rate trend reads these daily counts, never the observations themselves. */
async function addToDailyCounts(db: Db, rows: { org_id: number; day: string; channel_id: number; compliant: boolean }[]): Promise<void> {
  const counts = new Map<string, { org_id: number; day: string; channel_id: number; observations: number; compliant: number }>();
  for (const r of rows) {
    const key = `${r.day}|${r.channel_id}`;
    const c = counts.get(key) ?? { org_id: r.org_id, day: r.day, channel_id: r.channel_id, observations: 0, compliant: 0 };
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
