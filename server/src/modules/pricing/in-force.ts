import type { Knex } from 'knex';
import type { Db } from '../../db/knex';

/**
 * Approved prices in force at `at`, one row per (SKU, channel): the covering row with the latest
 * start. Same rule as `priceInForce` in shared/pricing.ts, in SQL for bulk reads.
 */
export function inForcePrices(db: Db, orgId: number, at: string, narrow?: (qb: Knex.QueryBuilder) => void): Knex.QueryBuilder {
  const ranked = db('channel_prices as cp')
    .where('cp.org_id', orgId)
    .andWhere('cp.status', 'approved')
    .andWhere('cp.effective_from', '<=', at)
    .andWhere((q) => q.whereNull('cp.effective_to').orWhere('cp.effective_to', '>', at))
    .select(
      'cp.id', 'cp.sku_id', 'cp.channel_id', 'cp.price', 'cp.effective_from', 'cp.effective_to',
      db.raw('ROW_NUMBER() OVER (PARTITION BY cp.sku_id, cp.channel_id ORDER BY cp.effective_from DESC, cp.id DESC) AS rn'),
    );
  narrow?.(ranked);
  return db.from(ranked.as('ranked')).where('ranked.rn', 1);
}
