import { evaluatePrice } from '../../../../shared/compliance';
import { isPostgres } from '../../db/dialect';
import type { Db } from '../../db/knex';
import { nowIso } from '../../http/context';
import { logger } from '../../logger';
import { loadRuleInputs } from './rule-inputs';
import { recordEvaluations, type Actor, type EvaluatedPrice, type WriteSummary } from './violation-writer';

const SYSTEM: Actor = { userId: null, email: 'system' };
/** SKUs (listed prices) or slots (sightings) judged per round: rule inputs are read once a round. */
const CHUNK = 20_000;
const SLOTS_PER_ROUND = 200_000;

/**
 * Judges the company's listed prices in force now (active channels) for the given SKUs, or all: a
 * policy or price change, a promotion starting or ending, and the full re-evaluation call this. Held
 * in-force violations of a cell that no longer has a price resolve.
 */
export async function evaluatePricesInForce(db: Db, orgId: number, skuIds: number[] | 'all', actor: Actor = SYSTEM): Promise<WriteSummary & { evaluated: number }> {
  const at = nowIso();
  const ids = skuIds === 'all' ? (await db('skus').where('org_id', orgId).pluck('id')).map(Number) : [...new Set(skuIds)];
  const total: WriteSummary & { evaluated: number } = { opened: 0, resolved: 0, occurrences: 0, evaluated: 0 };
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const inputs = await loadRuleInputs(db, orgId, chunk, { from: at, to: at });
    const cells: { sku_id: number; channel_id: number; price: number }[] = [];
    for (let j = 0; j < chunk.length; j += 5000) {
      cells.push(...(await db('channel_price_current').where('org_id', orgId).whereIn('sku_id', chunk.slice(j, j + 5000)).whereNotNull('price').select('sku_id', 'channel_id', 'price')));
    }
    const results: EvaluatedPrice[] = [];
    const priced = new Set<string>();
    for (const c of cells) {
      const channel = inputs.channels.get(Number(c.channel_id));
      const sku = inputs.skus.get(Number(c.sku_id));
      if (!channel?.active || !sku) continue;
      priced.add(`${c.sku_id}:${c.channel_id}`);
      const evaluation = evaluatePrice({ price: Number(c.price), units_per_pack: sku.units_per_pack, origin: 'in_force' }, inputs.contextFor(sku.id, channel.id, at, null));
      results.push({ sku_id: sku.id, channel_id: channel.id, seller_id: null, at, observation_id: null, origin: 'in_force', evaluation });
    }
    // A listed price withdrawn (or its channel closed) leaves nothing in breach.
    for (let j = 0; j < chunk.length; j += 5000) {
      const held = await db('violations').where({ org_id: orgId, origin: 'in_force' }).whereNull('seller_id').whereNotNull('open_key')
        .whereIn('sku_id', chunk.slice(j, j + 5000)).select('kind', 'sku_id', 'channel_id');
      for (const h of held) {
        if (priced.has(`${h.sku_id}:${h.channel_id}`)) continue;
        results.push({ sku_id: Number(h.sku_id), channel_id: Number(h.channel_id), seller_id: null, at, observation_id: null, origin: 'in_force', evaluation: { breaches: [], passed: [h.kind] } });
      }
    }
    const written = await recordEvaluations(db, orgId, results, inputs, actor);
    total.opened += written.opened;
    total.resolved += written.resolved;
    total.occurrences += written.occurrences;
    total.evaluated += results.length;
  }
  return total;
}

/**
 * Judges again the latest observation of each (SKU, channel, seller), against today's policies and
 * sellers' status and the promotions at its own instant: after a seller is marked (un)authorised, and
 * in the full re-evaluation. The same sighting judged again is not a new occurrence.
 */
export async function reevaluateLatestObservations(db: Db, orgId: number, scope: { sellerId?: number; since?: string } = {}, actor: Actor = SYSTEM): Promise<WriteSummary & { evaluated: number }> {
  const picked = await latestSightings(db, orgId, scope);
  const total: WriteSummary & { evaluated: number } = { opened: 0, resolved: 0, occurrences: 0, evaluated: picked.length };
  for (let i = 0; i < picked.length; i += SLOTS_PER_ROUND) {
    const chunk = picked.slice(i, i + SLOTS_PER_ROUND);
    const times = chunk.map((r) => r.observed_at).sort();
    const inputs = await loadRuleInputs(db, orgId, chunk.map((r) => Number(r.sku_id)), { from: times[0], to: times[times.length - 1] });
    const sellerIds = [...new Set(chunk.map((r) => r.seller_id).filter((s): s is number => s !== null).map(Number))];
    const authorized = new Map<number, boolean | null>();
    for (let j = 0; j < sellerIds.length; j += 5000) {
      for (const s of await db('sellers').where('org_id', orgId).whereIn('id', sellerIds.slice(j, j + 5000)).select('id', 'authorized')) {
        authorized.set(Number(s.id), s.authorized === null ? null : !!s.authorized);
      }
    }
    const results: EvaluatedPrice[] = [];
    for (const r of chunk) {
      const sku = inputs.skus.get(Number(r.sku_id));
      if (!sku || !inputs.channels.has(Number(r.channel_id))) continue;
      const seller = r.seller_id === null ? null : { authorized: authorized.get(Number(r.seller_id)) ?? null };
      const evaluation = evaluatePrice({ price: Number(r.price), units_per_pack: sku.units_per_pack, origin: 'observation' }, inputs.contextFor(sku.id, Number(r.channel_id), r.observed_at, seller));
      results.push({ sku_id: sku.id, channel_id: Number(r.channel_id), seller_id: r.seller_id === null ? null : Number(r.seller_id), at: r.observed_at, observation_id: Number(r.id), origin: 'observation', evaluation });
    }
    const written = await recordEvaluations(db, orgId, results, inputs, actor);
    total.opened += written.opened;
    total.resolved += written.resolved;
    total.occurrences += written.occurrences;
  }
  return total;
}

type Sighting = { id: number; sku_id: number; channel_id: number; seller_id: number | null; price: number; observed_at: string };

/** The latest observation of each (SKU, channel, seller), kept by every observation write. */
async function latestSightings(db: Db, orgId: number, scope: { sellerId?: number; since?: string }): Promise<Sighting[]> {
  return db('observation_latest as l').join('price_observations as o', 'o.id', 'l.observation_id').where('l.org_id', orgId)
    .modify((w) => { if (scope.sellerId) w.andWhere('l.seller_key', scope.sellerId); if (scope.since) w.andWhere('l.observed_at', '>=', scope.since); })
    .select('o.id', 'o.sku_id', 'o.channel_id', 'o.seller_id', 'o.price', 'o.observed_at');
}

/** The full re-evaluation: every price in force and the latest sighting of every slot, in one transaction. */
export async function reevaluateAll(db: Db, orgId: number, actor: Actor = SYSTEM) {
  const started = Date.now();
  const result = await db.transaction(async (trx) => {
    const prices = await evaluatePricesInForce(trx, orgId, 'all', actor);
    const observed = await reevaluateLatestObservations(trx, orgId, {}, actor);
    return {
      evaluated: prices.evaluated + observed.evaluated,
      opened: prices.opened + observed.opened,
      resolved: prices.resolved + observed.resolved,
    };
  });
  // PostgreSQL plans the dashboard's reads by its table statistics, which autovacuum keeps (where it is
  // on; not on every server): after a price-watch ingest they can describe a table a million rows
  // smaller, and a seller's sightings are then read by scanning all of them. A sample of each table.
  if (isPostgres(db)) await db.raw('ANALYZE price_observations, observation_latest, violations');
  return { ...result, ms: Date.now() - started };
}

/** Judges again the SKUs of approved promotions that started or ended in (since, now]; answers how many SKUs. */
export async function sweepPromotionBoundaries(db: Db, since: string, now: string): Promise<number> {
  const rows: { org_id: number; sku_id: number }[] = await db('promotions as p').join('promotion_items as i', 'i.promotion_id', 'p.id')
    .where('p.status', 'approved')
    .andWhere((q) => q.where((w) => w.where('p.start_at', '>', since).andWhere('p.start_at', '<=', now)).orWhere((w) => w.where('p.end_at', '>', since).andWhere('p.end_at', '<=', now)))
    .distinct('p.org_id', 'i.sku_id');
  const byOrg = new Map<number, number[]>();
  for (const r of rows) byOrg.set(Number(r.org_id), [...(byOrg.get(Number(r.org_id)) ?? []), Number(r.sku_id)]);
  for (const [orgId, skuIds] of byOrg) await db.transaction((trx) => evaluatePricesInForce(trx, orgId, skuIds));
  return rows.length;
}

/**
 * Promotions change what a listed price may be when they start or end. Every minute, the SKUs of
 * approved promotions whose start or end passed since the last sweep are judged again; nothing
 * depends on a timer firing at the exact instant, since observations are judged at their own time.
 */
export function startPromotionBoundarySweep(db: Db, everyMs = 60_000): () => void {
  let since = nowIso();
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    const now = nowIso();
    try {
      await sweepPromotionBoundaries(db, since, now);
      since = now;
    } catch (err) {
      logger.error({ err }, 'promotion boundary sweep failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
