import { LRUCache } from 'lru-cache';
import type { DatedPrice } from '../../../../shared/pricing';
import type { Db } from '../../db/knex';
import { perDatabase } from '../../db/per-database';
import { engineGeneration } from './engine-cache';
import { loadItems, priceHistory, type EngineChannel, type LoadedItem } from './live-items';

/**
 * What a quote reads, kept in memory so that the hot path asks the database nothing:
 *   - per channel and SKU, the everyday price history and the promotion items around now with
 *     their stock sold and budget spent, served only under the company's current engine generation
 *     (bumped after every committed change to prices, promotions or stock in this process, see
 *     `forgetEngineState`);
 *   - per promotion item with a per-buyer limit, every buyer's units so far, moved in place after
 *     each committed order or release in this process (`noteBuyerUnits`).
 * Both are read again after QUOTE_SNAPSHOT_TTL_MS: the bound on how long another server process's
 * writes can stay unseen. Orders never read them: they price and consume in their own transaction.
 */
export const QUOTE_SNAPSHOT_TTL_MS = 1_000;
/** A snapshot answers instants from the one it was loaded for up to a day later. */
const SPAN_MS = 86_400_000;
/** Above this many buyers an item's units are read per buyer instead of kept. */
const MAX_KEPT_BUYERS = 20_000;

interface Snapshot {
  generation: number;
  loadedFor: number;
  history: DatedPrice[];
  items: LoadedItem[];
  /** Items with a per-buyer limit: a quote needs the buyer's units on them. */
  limitedItemIds: number[];
}
/** Every buyer's units on one item, or null when it has too many buyers to keep. */
type BuyerUnits = Map<string, number> | null;

interface Kept {
  snapshots: LRUCache<string, Snapshot>;
  loading: Map<string, Promise<Snapshot>>;
  buyers: LRUCache<number, { units: BuyerUnits }>;
  buyersLoading: Map<number, Promise<BuyerUnits>>;
  /** Bumped per item on every noted change, so a load that raced one is not kept. */
  buyerVersions: LRUCache<number, number>;
}
const keptOf = perDatabase<Kept>(() => ({
  snapshots: new LRUCache({ max: 50_000, ttl: QUOTE_SNAPSHOT_TTL_MS }), loading: new Map(),
  buyers: new LRUCache({ max: 5_000, ttl: QUOTE_SNAPSHOT_TTL_MS }), buyersLoading: new Map(), buyerVersions: new LRUCache({ max: 100_000 }),
}));

async function loadSnapshot(db: Db, channel: EngineChannel, skuId: number, at: string, generation: number): Promise<Snapshot> {
  const [history, items] = await Promise.all([priceHistory(db, channel, skuId), loadItems(db, channel, skuId, at, null, null, SPAN_MS)]);
  return {
    generation, loadedFor: Date.parse(at), history, items,
    limitedItemIds: items.filter((i) => i.per_customer_limit !== null).map((i) => i.item_id),
  };
}

/** One load at a time per key: a burst of quotes after a change waits for the same read. */
function once<K, V>(loading: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let pending = loading.get(key);
  if (!pending) {
    pending = load().finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

async function snapshotFor(db: Db, channel: EngineChannel, skuId: number, at: string): Promise<Snapshot> {
  const k = keptOf(db);
  const key = `${channel.org_id}:${channel.id}:${skuId}`;
  // Read before loading: a write committed while the load runs makes this entry stale at once.
  const generation = engineGeneration(db, channel.org_id);
  const ms = Date.parse(at);
  const hit = k.snapshots.get(key);
  if (hit && hit.generation === generation && ms >= hit.loadedFor && ms <= hit.loadedFor + SPAN_MS) return hit;
  const loaded = await once(k.loading, `${key}:${generation}:${at}`, () => loadSnapshot(db, channel, skuId, at, generation));
  if (loaded.generation === engineGeneration(db, channel.org_id)) k.snapshots.set(key, loaded);
  return loaded;
}

async function buyersOf(db: Db, itemId: number): Promise<BuyerUnits> {
  const k = keptOf(db);
  const hit = k.buyers.get(itemId);
  if (hit) return hit.units;
  return once(k.buyersLoading, itemId, async () => {
    const version = k.buyerVersions.get(itemId) ?? 0;
    const rows = await db('promotion_item_buyers').where('item_id', itemId).andWhere('qty', '>', 0).limit(MAX_KEPT_BUYERS + 1).select('customer_ref', 'qty');
    const units: BuyerUnits = rows.length > MAX_KEPT_BUYERS ? null : new Map(rows.map((r) => [String(r.customer_ref), Number(r.qty)]));
    if ((k.buyerVersions.get(itemId) ?? 0) === version) k.buyers.set(itemId, { units });
    return units;
  });
}

/** A buyer's units on the given items: from the kept lists, else read for this buyer alone. */
async function unitsOf(db: Db, itemIds: number[], customerRef: string): Promise<Map<number, number>> {
  const units = new Map<number, number>();
  const unkept: number[] = [];
  for (const itemId of itemIds) {
    const buyers = await buyersOf(db, itemId);
    if (buyers) units.set(itemId, buyers.get(customerRef) ?? 0);
    else unkept.push(itemId);
  }
  if (unkept.length) {
    const rows = await db('promotion_item_buyers').whereIn('item_id', unkept).andWhere('customer_ref', customerRef).select('item_id', 'qty');
    for (const r of rows) units.set(Number(r.item_id), Number(r.qty));
  }
  return units;
}

/** After a committed order or release: the buyer's units on the item move in the kept list too. */
export function noteBuyerUnits(db: Db, itemId: number, customerRef: string, delta: number): void {
  const k = keptOf(db);
  k.buyerVersions.set(itemId, (k.buyerVersions.get(itemId) ?? 0) + 1);
  const units = k.buyers.get(itemId)?.units;
  if (units) units.set(customerRef, Math.max(0, (units.get(customerRef) ?? 0) + delta));
}

/** The everyday price history and the items (with this buyer's units) a quote at `at` weighs. */
export async function quoteInputs(db: Db, channel: EngineChannel, skuId: number, at: string, customerRef: string): Promise<{ history: DatedPrice[]; items: LoadedItem[] }> {
  const snapshot = await snapshotFor(db, channel, skuId, at);
  if (!snapshot.limitedItemIds.length) return snapshot;
  const units = await unitsOf(db, snapshot.limitedItemIds, customerRef);
  return { history: snapshot.history, items: snapshot.items.map((i) => ({ ...i, bought_by_customer: units.get(i.item_id) ?? 0 })) };
}
