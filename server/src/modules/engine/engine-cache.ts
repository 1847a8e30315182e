import crypto from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { EngineChannel, EngineSku } from './live-items';

/**
 * The engine's hot path reads the same key, channel, time zone and SKUs thousands of times a
 * second. They are kept for a few seconds: a revoked or rotated key is forgotten at once in this
 * process (and within TTL_MS in any other), a changed channel, SKU or time zone within TTL_MS.
 * Prices, promotions, stock and limits are never cached.
 */
export const ENGINE_CACHE_TTL_MS = 5_000;

const channels = new LRUCache<string, EngineChannel>({ max: 10_000, ttl: ENGINE_CACHE_TTL_MS });
const skus = new LRUCache<string, EngineSku>({ max: 100_000, ttl: ENGINE_CACHE_TTL_MS });

const keyId = (key: string) => crypto.hash('sha256', key);

export async function cachedChannel(key: unknown, load: () => Promise<EngineChannel>): Promise<EngineChannel> {
  if (typeof key !== 'string') return load();
  const id = keyId(key);
  const hit = channels.get(id);
  if (hit) return hit;
  const channel = await load();
  channels.set(id, channel);
  return channel;
}

export async function cachedSku(orgId: number, code: string, load: () => Promise<EngineSku>): Promise<EngineSku> {
  const id = `${orgId}:${code.toLowerCase()}`;
  const hit = skus.get(id);
  if (hit) return hit;
  const sku = await load();
  skus.set(id, sku);
  return sku;
}

/** A key was created, rotated or revoked: no cached key may outlive it. */
export function forgetEngineKeys(): void {
  channels.clear();
}
