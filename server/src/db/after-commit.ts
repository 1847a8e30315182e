import type { Knex } from 'knex';

/**
 * Runs `effect` once the caller's transaction has committed (at once outside one): caches keyed by
 * what a write changed are forgotten only when readers can see the change, never before.
 */
export function afterCommit(db: Knex, effect: () => void): void {
  const trx = db as Knex.Transaction;
  if (!trx.isTransaction) return effect();
  trx.executionPromise.then(effect, () => { /* rolled back: nothing changed */ });
}
