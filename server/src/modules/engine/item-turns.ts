import type { Db } from '../../db/knex';
import { perDatabase } from '../../db/per-database';

/**
 * Orders naming the same promotion items take turns in this process before they ask for the
 * writer, each looking at the sold-out mark when its turn comes: a rush of 1,000 buyers on 100
 * units costs 100 transactions and 900 refusals without one, instead of 1,000 transactions queued
 * on SQLite's single writer. It adds no waiting the database would not impose anyway (every such
 * order updates the item's row, which PostgreSQL locks until commit), and it is not the guard
 * against overselling: the conditional updates inside the transaction are, here and across
 * processes.
 */
const queueOf = perDatabase(() => new Map<string, Promise<void>>());

async function inTurnOf<T>(queue: Map<string, Promise<void>>, key: string, work: () => Promise<T>): Promise<T> {
  const before = queue.get(key) ?? Promise.resolve();
  let done!: () => void;
  const mine = before.then(() => new Promise<void>((resolve) => { done = resolve; }));
  queue.set(key, mine);
  await before;
  try {
    return await work();
  } finally {
    done();
    if (queue.get(key) === mine) queue.delete(key);
  }
}

/** Runs `work` once it is this caller's turn on every key (taken in sorted order: no two callers wait on each other). */
export function inTurn<T>(db: Db, keys: string[], work: () => Promise<T>): Promise<T> {
  const queue = queueOf(db);
  const sorted = [...new Set(keys)].sort();
  const run = (i: number): Promise<T> => (i === sorted.length ? work() : inTurnOf(queue, sorted[i], () => run(i + 1)));
  return run(0);
}
