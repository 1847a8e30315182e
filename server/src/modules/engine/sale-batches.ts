import type { Db } from '../../db/knex';
import { perDatabase } from '../../db/per-database';

/**
 * Single-line promotion orders for the same item that arrive while one batch is being written go
 * together into the next: one transaction prices the item once, decides each order in arrival
 * order, and writes them all with a few guarded statements (on SQLite each statement is a round
 * trip through the driver's thread pool, and a sale alone takes thirteen). Each caller gets its own
 * order id or its own refusal. When a batch cannot be written as decided (another server process
 * sold meanwhile, an order number already taken), `write` answers null and the orders go one by
 * one through the ordinary path, so nothing is decided on stale reads. The first caller's `write` and
 * `one` serve its whole queue: callers sharing a key (channel, promotion, SKU) must be interchangeable.
 */
const MAX_BATCH = 200;

interface Waiting<O> {
  order: O;
  resolve: (id: number) => void;
  reject: (err: unknown) => void;
}

export type BatchOutcome = number | Error;

const queuesOf = perDatabase(() => new Map<string, Waiting<unknown>[]>());

export function sellInBatch<O>(
  db: Db, key: string, order: O,
  write: (orders: O[]) => Promise<BatchOutcome[] | null>,
  one: (order: O) => Promise<number>,
): Promise<number> {
  const queues = queuesOf(db);
  return new Promise<number>((resolve, reject) => {
    const queue = queues.get(key);
    if (queue) {
      queue.push({ order, resolve, reject } as Waiting<unknown>);
      return;
    }
    const fresh: Waiting<unknown>[] = [{ order, resolve, reject } as Waiting<unknown>];
    queues.set(key, fresh);
    void drain(queues, key, fresh as Waiting<O>[], write, one);
  });
}

async function drain<O>(
  queues: Map<string, Waiting<unknown>[]>, key: string, queue: Waiting<O>[],
  write: (orders: O[]) => Promise<BatchOutcome[] | null>, one: (order: O) => Promise<number>,
): Promise<void> {
  try {
    while (queue.length) {
      const batch = queue.splice(0, MAX_BATCH);
      let outcomes: BatchOutcome[] | null = null;
      try {
        outcomes = await write(batch.map((w) => w.order));
      } catch {
        outcomes = null;
      }
      if (outcomes) {
        batch.forEach((w, i) => {
          const outcome = outcomes![i];
          if (outcome instanceof Error) w.reject(outcome);
          else w.resolve(outcome);
        });
        continue;
      }
      for (const w of batch) await one(w.order).then(w.resolve, w.reject);
    }
  } finally {
    queues.delete(key);
  }
}
