import crypto from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/knex';
import { perDatabase } from '../../db/per-database';
import type { EngineChannel, EngineSku } from './live-items';

/**
 * The engine's hot path reads the same key, channel, time zone and SKUs thousands of times a
 * second. They are kept for a few seconds: a revoked or rotated key is forgotten at once in this
 * process (and within TTL_MS in any other), a changed channel, SKU or time zone within TTL_MS.
 * Prices, promotions, stock and limits are kept only by `quote-snapshots.ts`, which a write forgets.
 */
export const ENGINE_CACHE_TTL_MS = 5_000;
/**
 * How long a promotion's SKU found sold out is refused without asking the database: a flash-sale
 * rush queued behind SQLite's one writer is answered at once. Stock raised by an edit sells again
 * within this time; the conditional update stays the guard against overselling either way.
 */
export const SOLD_OUT_TTL_MS = 1_000;

const cachesOf = perDatabase(() => ({
  channels: new LRUCache<string, EngineChannel>({ max: 10_000, ttl: ENGINE_CACHE_TTL_MS }),
  skus: new LRUCache<string, EngineSku>({ max: 100_000, ttl: ENGINE_CACHE_TTL_MS }),
  soldOut: new LRUCache<string, true>({ max: 10_000, ttl: SOLD_OUT_TTL_MS }),
  loading: new Map<string, Promise<unknown>>(),
}));
/** Bumped when any key changes: entries of an older generation are never read again, in every database's cache. */
let keyGeneration = 0;

const keyId = (key: string) => crypto.hash('sha256', key);

export async function cachedChannel(db: Db, key: unknown, load: () => Promise<EngineChannel>): Promise<EngineChannel> {
  if (typeof key !== 'string') return load();
  const { channels, loading } = cachesOf(db);
  const id = `${keyGeneration}:${keyId(key)}`;
  return channels.get(id) ?? loadOnce(loading, `channel:${id}`, load, (channel) => channels.set(id, channel));
}

/** A SKU by code, or null for an unknown one (not kept: it may be created any moment). */
export async function cachedSku(db: Db, orgId: number, code: string, load: () => Promise<EngineSku | null>): Promise<EngineSku | null> {
  const { skus, loading } = cachesOf(db);
  const id = `${orgId}:${code.toLowerCase()}`;
  return skus.get(id) ?? loadOnce(loading, `sku:${id}`, load, (sku) => { if (sku) skus.set(id, sku); });
}

/** One load per missing entry however many requests miss it at once (a rush's first thousand). */
function loadOnce<T>(loading: Map<string, Promise<unknown>>, key: string, load: () => Promise<T>, keep: (value: T) => void): Promise<T> {
  let pending = loading.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load().then((value) => {
      keep(value);
      return value;
    }).finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

/** A key was created, rotated or revoked: no cached key may outlive it. */
export function forgetEngineKeys(): void {
  keyGeneration++;
}

const soldOutKey = (promotionId: number, skuId: number) => `${promotionId}:${skuId}`;
export const isSoldOut = (db: Db, promotionId: number, skuId: number) => cachesOf(db).soldOut.has(soldOutKey(promotionId, skuId));
export const markSoldOut = (db: Db, promotionId: number, skuId: number) => { cachesOf(db).soldOut.set(soldOutKey(promotionId, skuId), true); };

/**
 * Per company, bumped after every committed change the engine reads (prices, promotions, stock,
 * buyers' units): an entry loaded under an older generation is never served again.
 */
const generationsOf = perDatabase(() => new Map<number, number>());
export const engineGeneration = (db: Db, orgId: number): number => generationsOf(db).get(orgId) ?? 0;
export function forgetEngineState(db: Db, orgId: number): void {
  const g = generationsOf(db);
  g.set(orgId, (g.get(orgId) ?? 0) + 1);
}
