import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/knex';
import { perDatabase } from '../../db/per-database';
import { ALL_TIME, loadRuleInputs, type RuleInputs } from './rule-inputs';

/**
 * How long a company's rule inputs are kept at most. A change made in this process (a policy, price,
 * promotion, channel, SKU or setting; any console write) forgets them at once; one made by another
 * server process is seen within this time, as if the watched price had been seen that much earlier.
 */
export const RULE_INPUTS_TTL_MS = 5_000;

interface Kept { generation: number; loadedAt: number; inputs: Promise<RuleInputs> }

/** The companies ingesting lately; a company's inputs are dropped, memory and all, once their time is up. */
const keptOf = perDatabase(() => new LRUCache<number, Kept>({ max: 20, ttl: RULE_INPUTS_TTL_MS, ttlAutopurge: true }));
const generationsOf = perDatabase(() => new Map<number, number>());
const generationOf = (db: Db, orgId: number) => generationsOf(db).get(orgId) ?? 0;

/** Something the rules read changed and has committed: the company's kept inputs are never served again. */
export function forgetRuleInputs(db: Db, orgId: number): void {
  const generations = generationsOf(db);
  generations.set(orgId, generationOf(db, orgId) + 1);
  keptOf(db).delete(orgId);
}

/**
 * Everything the rules need for every SKU, channel and instant of the company, read once and kept:
 * a price-watch script's batches of 10,000 are judged without reading the catalogue, policies and
 * promotions again each time. Concurrent batches share one load.
 */
export function cachedRuleInputs(db: Db, orgId: number, now = performance.now()): Promise<RuleInputs> {
  const kept = keptOf(db);
  const hit = kept.get(orgId);
  const generation = generationOf(db, orgId);
  if (hit && hit.generation === generation && now - hit.loadedAt < RULE_INPUTS_TTL_MS) return hit.inputs;
  const entry: Kept = { generation, loadedAt: now, inputs: loadRuleInputs(db, orgId, null, ALL_TIME) };
  kept.set(orgId, entry);
  // A failed load is not kept; a load that a change overtook is kept under its old generation, so never served.
  entry.inputs.catch(() => { if (kept.get(orgId) === entry) kept.delete(orgId); });
  return entry.inputs;
}
