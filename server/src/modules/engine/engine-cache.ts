import crypto from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { writerOf, type Db } from '../../db/knex';
import type { EngineChannel, EngineSku } from './live-items';

/**
 * The engine's hot path reads the same key, channel, time zone and SKUs thousands of times a
 * second. They are kept for a few seconds: a revoked or rotated key is forgotten at once in this
 * process (and within TTL_MS in any other), a changed channel, SKU or time zone within TTL_MS.
 * Prices, promotions, stock and limits are never cached.
 */
export const ENGINE_CACHE_TTL_MS = 5_000;
/**
 * How long a promotion's SKU found sold out is refused without asking the database: a flash-sale
 * rush queued behind SQLite's one writer is answered at once. Stock raised by an edit sells again
 * within this time; the conditional update stays the guard against overselling either way.
 */
export const SOLD_OUT_TTL_MS = 1_000;

/** One set of caches per database (tests run several in one process; ids repeat between them). */
const caches = new WeakMap<object, { channels: LRUCache<string, EngineChannel>; skus: LRUCache<string, EngineSku>; soldOut: LRUCache<string, true> }>();
function cachesOf(db: object) {
  let c = caches.get(db);
  if (!c) {
    c = {
      channels: new LRUCache({ max: 10_000, ttl: ENGINE_CACHE_TTL_MS }), skus: new LRUCache({ max: 100_000, ttl: ENGINE_CACHE_TTL_MS }),
      soldOut: new LRUCache({ max: 10_000, ttl: SOLD_OUT_TTL_MS }),
    };
    caches.set(db, c);
  }
  return c;
}
/** Bumped when any key changes: entries of an older generation are never read again, in every database's cache. */
let keyGeneration = 0;

const keyId = (key: string) => crypto.hash('sha256', key);

export async function cachedChannel(db: Db, key: unknown, load: () => Promise<EngineChannel>): Promise<EngineChannel> {
  if (typeof key !== 'string') return load();
  const { channels } = cachesOf(writerOf(db));
  const id = `${keyGeneration}:${keyId(key)}`;
  const hit = channels.get(id);
  if (hit) return hit;
  const channel = await load();
  channels.set(id, channel);
  return channel;
}

export async function cachedSku(db: Db, orgId: number, code: string, load: () => Promise<EngineSku>): Promise<EngineSku> {
  const { skus } = cachesOf(writerOf(db));
  const id = `${orgId}:${code.toLowerCase()}`;
  const hit = skus.get(id);
  if (hit) return hit;
  const sku = await load();
  skus.set(id, sku);
  return sku;
}

/** A key was created, rotated or revoked: no cached key may outlive it. */
export function forgetEngineKeys(): void {
  keyGeneration++;
}

const soldOutKey = (promotionId: number, skuId: number) => `${promotionId}:${skuId}`;
export const isSoldOut = (db: Db, promotionId: number, skuId: number) => cachesOf(writerOf(db)).soldOut.has(soldOutKey(promotionId, skuId));
export const markSoldOut = (db: Db, promotionId: number, skuId: number) => { cachesOf(writerOf(db)).soldOut.set(soldOutKey(promotionId, skuId), true); };
