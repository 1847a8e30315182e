import type { Db } from '../knex';
import { scopeAllows } from '../../../../shared/pricing';
import { rebuildCurrentPrices } from '../../modules/pricing/current-prices';

const DAY = 24 * 3600 * 1000;

/** Deterministic 0..1 from two ids, so every fresh demo database looks the same. */
const noise = (a: number, b: number) => ((a * 7919 + b * 104729) % 1000) / 1000;

const roundFen = (fen: number) => Math.round(fen / 10) * 10; // prices end in whole jiao, as shops price

/**
 * Price policies for every SKU, a price history on every allowed channel, a few pending requests,
 * a few scheduled price changes and three products whose online per-unit price breaks parity.
 */
export async function seedDemoPrices(db: Db, orgId: number): Promise<void> {
  const now = Date.now();
  const iso = (offsetDays: number) => new Date(now + offsetDays * DAY).toISOString();
  const users = await db('users').where({ org_id: orgId }).select('id', 'role');
  const sales = users.find((u) => u.role === 'sales') ?? users[0];
  const manager = users.find((u) => u.role === 'manager') ?? users[0];
  const allSkus = await db('skus').where({ org_id: orgId }).orderBy('id').select('id', 'product_id', 'guide_price', 'units_per_pack', 'channel_scope', 'status');
  const skus = allSkus.filter((s) => s.status === 'active'); // discontinued packs keep a policy but get no new prices
  const channels = await db('channels').where({ org_id: orgId, active: true }).orderBy('id').select('id', 'type', 'platform');

  // Parity breakers: the first three products with both an online and an offline pack.
  const scopes = new Map<number, Set<string>>();
  for (const s of skus) scopes.set(s.product_id, (scopes.get(s.product_id) ?? new Set()).add(s.channel_scope));
  const breakers = new Set([...scopes].filter(([, set]) => set.has('online') && set.has('offline')).slice(0, 3).map(([id]) => id));

  const stamp = { org_id: orgId, version: 1, created_at: iso(-120), updated_at: iso(-120) };
  const policies = allSkus.map((s) => {
    const guide = Number(s.guide_price);
    const breaker = breakers.has(s.product_id) && s.channel_scope === 'online';
    const control = roundFen(guide * (breaker ? 0.7 : 0.88));
    return { sku_id: s.id, control_price: control, promo_floor_price: roundFen(control * 0.85), ...stamp };
  });
  await db.batchInsert('price_policies', policies, 200);
  const controlOf = new Map(policies.map((p) => [p.sku_id, p.control_price]));

  const approved = (skuId: number, channelId: number, price: number, fromDays: number) => ({
    sku_id: skuId, channel_id: channelId, price, effective_from: iso(fromDays), effective_to: null,
    status: 'approved', approval_reason: 'first_price', requested_by: sales.id, approved_by: manager.id,
    decided_at: iso(Math.min(fromDays, 0) - 1), reason: null, decision_note: null, import_key: null, ...stamp,
  });

  const rows: Record<string, unknown>[] = [];
  let pendingCount = 0;
  let scheduledCount = 0;
  let cell = 0;
  for (const sku of skus) {
    const guide = Number(sku.guide_price);
    for (const channel of channels) {
      if (!scopeAllows(sku.channel_scope, channel.type)) continue;
      cell++;
      const n = noise(sku.id, channel.id);
      const breaker = breakers.has(sku.product_id) && sku.channel_scope === 'online';
      const factor = breaker ? 0.72 : channel.type === 'online' ? 0.93 + n * 0.07 : 0.96 + n * 0.04;
      const current = Math.max(roundFen(guide * factor), controlOf.get(sku.id)!);
      rows.push(approved(sku.id, channel.id, roundFen(current * 1.05), -120)); // last season's price
      rows.push({ ...approved(sku.id, channel.id, current, -30), approval_reason: 'small_change' });
      if (cell % 41 === 7 && scheduledCount < 8) {
        scheduledCount++;
        rows.push({ ...approved(sku.id, channel.id, roundFen(current * 1.06), 14), approval_reason: 'small_change', reason: '年度调价 Annual price review' });
      } else if (cell % 37 === 5 && pendingCount < 6 && channel.type === 'online' && !breaker) {
        pendingCount++;
        rows.push({
          ...approved(sku.id, channel.id, roundFen(controlOf.get(sku.id)! * 0.9), 3), status: 'pending', approval_reason: 'below_control',
          approved_by: null, decided_at: null, reason: '618 平台补贴活动价 Platform-subsidised event price', created_at: iso(-1), updated_at: iso(-1),
        });
      }
    }
  }
  await db.batchInsert('channel_prices', rows, 200);
  await rebuildCurrentPrices(db, orgId);
}
