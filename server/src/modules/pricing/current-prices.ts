import { writerOf, type Db } from '../../db/knex';
import { nowIso } from '../../http/context';
import { inForcePrices } from './in-force';
import { evaluatePricesInForce } from '../compliance/reevaluation';
import { afterCommit } from '../../db/after-commit';
import { forgetCompanyState } from '../../http/forget-after-writes';

export interface Cell { sku_id: number; channel_id: number }

const CHUNK = 400;

/** Recomputes the cached current price of the given SKUs (all channels) at `at`. */
export async function refreshCurrentPrices(db: Db, orgId: number, skuIds: number[], at = nowIso()): Promise<void> {
  const unique = [...new Set(skuIds)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const inForce = await inForcePrices(db, orgId, at, (q) => q.whereIn('cp.sku_id', chunk))
      .select('ranked.id', 'ranked.sku_id', 'ranked.channel_id', 'ranked.price', 'ranked.effective_from', 'ranked.effective_to');
    const nextStarts = await db('channel_prices')
      .where({ org_id: orgId, status: 'approved' })
      .whereIn('sku_id', chunk)
      .andWhere('effective_from', '>', at)
      .groupBy('sku_id', 'channel_id')
      .select('sku_id', 'channel_id', db.raw('MIN(effective_from) as next_from'));
    const rows = new Map<string, Record<string, unknown>>();
    for (const n of nextStarts) {
      rows.set(`${n.sku_id}:${n.channel_id}`, { org_id: orgId, sku_id: n.sku_id, channel_id: n.channel_id, price_id: null, price: null, effective_from: null, valid_until: n.next_from });
    }
    for (const p of inForce) {
      const key = `${p.sku_id}:${p.channel_id}`;
      const next = rows.get(key)?.valid_until as string | undefined;
      const until = [next, p.effective_to].filter(Boolean).sort()[0] ?? null;
      rows.set(key, { org_id: orgId, sku_id: p.sku_id, channel_id: p.channel_id, price_id: p.id, price: p.price, effective_from: p.effective_from, valid_until: until });
    }
    const values = [...rows.values()];
    for (let j = 0; j < values.length; j += 200) {
      // Upsert, so two readers refreshing the same cells at once do not collide.
      await db('channel_price_current').insert(values.slice(j, j + 200)).onConflict(['sku_id', 'channel_id']).merge();
    }
    const keep = new Set(rows.keys());
    const stale = (await db('channel_price_current').where('org_id', orgId).whereIn('sku_id', chunk).select('sku_id', 'channel_id'))
      .filter((c: Cell) => !keep.has(`${c.sku_id}:${c.channel_id}`));
    for (const c of stale) await db('channel_price_current').where({ sku_id: c.sku_id, channel_id: c.channel_id }).delete();
  }
  // A price that changed is judged again at once (own channels below control, parity), and quoted anew.
  await evaluatePricesInForce(db, orgId, unique);
  afterCommit(db, () => forgetCompanyState(db, orgId));
}

/** Recomputes cells whose cached price has expired (a scheduled price started, a temporary one ended). */
export async function refreshExpiredPrices(db: Db, orgId: number, at = nowIso()): Promise<void> {
  const due = await db('channel_price_current').where('org_id', orgId).andWhere('valid_until', '<=', at).distinct('sku_id');
  // Found on the read pool; the refresh itself is a write.
  if (due.length) await refreshCurrentPrices(writerOf(db), orgId, due.map((d: { sku_id: number }) => d.sku_id), at);
}

export async function rebuildCurrentPrices(db: Db, orgId: number): Promise<void> {
  const skus = await db('skus').where('org_id', orgId).pluck('id');
  await refreshCurrentPrices(db, orgId, skus);
}
