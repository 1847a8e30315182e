import { EngineOrderRequest, QuoteRequest } from '../../../../shared/engine-schemas';
import { fenToYuan } from '../../../../shared/money';
import { bestQuote, offerOf, type Offer } from '../../../../shared/promotion-offers';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import { readerOf, type Db } from '../../db/knex';
import { nowIso } from '../../http/context';
import { apiError, parseOr400, refusal, type HttpError } from '../../http/errors';
import { consume, insertEngineOrder, insertEngineOrders, type EngineOrderInput } from './consumption';
import { forgetEngineState, isSoldOut, markSoldOut } from './engine-cache';
import { sellInBatch, type BatchOutcome } from './sale-batches';
import { noteBuyerUnits, quoteInputs } from './quote-snapshots';
import { inTurn } from './item-turns';
import { engineOrderRecord, orderIdByNumber } from './order-reads';
import { afterCommit } from '../../db/after-commit';
import {
  everydayAt, liveAt, loadItems, priceHistory, referenceFor, skuByCode, upcomingAt, type EngineChannel, type EngineSku, type LoadedItem,
} from './live-items';

const yuan = (fen: number | null) => (fen === null ? null : fenToYuan(fen));

/** What a percentage is taken off, and what a discount is measured from: the channel's everyday price, else the SKU's guide price. */
const baseOf = (everyday: number | null, sku: EngineSku) => everyday ?? sku.guide_price;

/**
 * `POST /api/engine/quote`: the price one buyer pays now (or at `at`) for `qty`: the lowest offer
 * among live promotions that this buyer's limits, the stock and the budget allow, when it beats the
 * everyday price; with the price law's reference price, why better offers were refused, and flash
 * sales in warm-up.
 */
export async function quote(db: Db, channel: EngineChannel, body: unknown) {
  const req = parseOr400(QuoteRequest, body);
  const at = req.at ?? nowIso();
  const sku = await skuByCode(db, channel.org_id, req.sku_code);
  const { history, items } = await quoteInputs(db, channel, sku.id, at, req.customer_id);
  const everyday = everydayAt(history, at);
  const live = liveAt(items, at, channel.time_zone);
  const offers = live.map((i) => offerOf(i, req.qty, baseOf(everyday, sku))).filter((o): o is Offer => o !== null);
  const best = bestQuote(offers, everyday);
  if (!best) throw refusal(409, 'no_price', { sku: sku.code });
  const chosen = live.find((i) => i.item_id === best.item_id);
  return {
    sku_code: sku.code, qty: req.qty, at,
    unit_price: fenToYuan(best.unit_price), amount: fenToYuan(best.unit_price * req.qty),
    everyday_price: yuan(everyday), reference_price: chosen ? yuan(referenceFor(history, chosen.start_at)) : null,
    promotion_id: best.promotion_id, rule: best.rule,
    refused: offers.filter((o) => o.refusal).map((o) => ({ promotion_id: o.promotion_id, rule: o.rule, unit_price: o.refusal === 'below_tiers' ? null : fenToYuan(o.unit_price), code: o.refusal })),
    upcoming: upcomingAt(items, at, channel.time_zone).map((u) => ({ ...u, unit_price: yuan(u.unit_price) })),
  };
}

/** The line's price and, for a promotion line, what it consumes; refusals are 409 with their code. */
async function priceLine(trx: Db, channel: EngineChannel, sku: EngineSku, qty: number, promotionId: number | null, customerRef: string, now: string) {
  const everyday = everydayAt(await priceHistory(trx, channel, sku.id), now);
  const live = liveAt(await loadItems(trx, channel, sku.id, now, customerRef, promotionId), now, channel.time_zone)
    .filter((i) => i.type !== 'group_buy'); // group prices are taken by opening or joining a group
  let item: LoadedItem | undefined;
  let unitPrice: number;
  if (promotionId !== null) {
    item = live[0];
    if (!item) throw refusal(409, 'promotion_not_available', { id: promotionId });
    const offer = offerOf(item, qty, baseOf(everyday, sku));
    if (!offer) throw refusal(409, 'promotion_not_available', { id: promotionId });
    if (offer.refusal) throw refusal(409, offer.refusal === 'below_tiers' ? 'limit_exceeded' : offer.refusal);
    unitPrice = offer.unit_price;
  } else {
    const offers = live.map((i) => offerOf(i, qty, baseOf(everyday, sku))).filter((o): o is Offer => o !== null);
    const best = bestQuote(offers, everyday);
    if (!best) throw refusal(409, 'no_price', { sku: sku.code });
    item = live.find((i) => i.item_id === best.item_id);
    unitPrice = best.unit_price;
  }
  const consumption = item ? {
    promotion_id: item.promotion_id, item_id: item.item_id, qty, customer_ref: customerRef,
    discount: Math.max(0, baseOf(everyday, sku) - unitPrice) * qty, per_customer_limit: item.per_customer_limit,
  } : null;
  const stockLeft = item && item.stock_limit !== null ? item.stock_limit - item.sold : null;
  return { unitPrice, promotionId: item?.promotion_id ?? null, consumption, stockLeft };
}

/** A buyer's order type when the shop does not say: consumers on B2C channels, pharmacies on B2B. */
export const defaultCustomerType = (channel: EngineChannel) => (channel.audience === 'b2b' ? 'pharmacy' : 'consumer');

/** Rx on a consumer channel needs the platform's verified prescription first (先方后药). */
export function assertPrescription(channel: EngineChannel, skus: EngineSku[], prescriptionId: string | null, field: (i: number) => string): void {
  if (channel.audience !== 'b2c' || prescriptionId) return;
  const rx = skus.findIndex((s) => s.rx_class === 'rx');
  if (rx >= 0) throw apiError(400, 'prescription_required', { sku: skus[rx].code }, { [field(rx)]: englishMessage(msg('prescription_required')), prescription_id: englishMessage(msg('required')) });
}

const isUniqueViolation = (err: unknown) => {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || (e?.code === 'SQLITE_CONSTRAINT' && /UNIQUE/.test(e.message ?? ''));
};

interface BatchOrder { req: EngineOrderRequest; sku: EngineSku }

/**
 * One transaction for many single-line orders of one promotion item (see `sale-batches.ts`): the
 * item and the buyers' units read once, each order decided in arrival order exactly as `offerOf`
 * decides one, then stock, buyers' units and budget taken by the same guarded updates as `consume`
 * (summed), and the orders, lines and rollups written together. Null (nothing written) when a
 * guard finds the database other than read or a write fails: the orders then go one by one.
 */
async function placeBatch(db: Db, channel: EngineChannel, promotionId: number, orders: BatchOrder[]): Promise<BatchOutcome[] | null> {
  const sku = orders[0].sku;
  if (isSoldOut(db, promotionId, sku.id)) return orders.map(() => refusal(409, 'sold_out'));
  try {
    return await db.transaction(async (trx) => {
      const now = nowIso();
      const everyday = everydayAt(await priceHistory(trx, channel, sku.id), now);
      const item = liveAt(await loadItems(trx, channel, sku.id, now, null, promotionId), now, channel.time_zone).find((i) => i.type !== 'group_buy');
      if (!item) return orders.map(() => refusal(409, 'promotion_not_available', { id: promotionId }));
      const base = baseOf(everyday, sku);
      const buyers = [...new Set(orders.map((o) => o.req.customer_id))];
      const bought = new Map<string, number>();
      for (let i = 0; i < buyers.length; i += 500) {
        const rows = await trx('promotion_item_buyers').where('item_id', item.item_id).whereIn('customer_ref', buyers.slice(i, i + 500)).select('customer_ref', 'qty');
        for (const r of rows) bought.set(String(r.customer_ref), Number(r.qty));
      }
      let sold = item.sold;
      let given = item.discount_given;
      const taken = new Map<string, number>();
      const accepted: { index: number; input: EngineOrderInput; qty: number }[] = [];
      const outcomes: (BatchOutcome | null)[] = orders.map(({ req }, index) => {
        const qty = req.lines[0].qty;
        const offer = offerOf({ ...item, sold, discount_given: given, bought_by_customer: bought.get(req.customer_id) ?? 0 }, qty, base);
        if (!offer) return refusal(409, 'promotion_not_available', { id: promotionId });
        if (offer.refusal) return refusal(409, offer.refusal === 'below_tiers' ? 'limit_exceeded' : offer.refusal);
        sold += qty;
        given += Math.max(0, base - offer.unit_price) * qty;
        bought.set(req.customer_id, (bought.get(req.customer_id) ?? 0) + qty);
        taken.set(req.customer_id, (taken.get(req.customer_id) ?? 0) + qty);
        accepted.push({ index, qty, input: {
          order_no: req.order_no, customer_ref: req.customer_id, customer_type: req.customer_type ?? defaultCustomerType(channel),
          province: req.province, city: req.city, prescription_id: req.prescription_id, status: 'paid',
          lines: [{ sku_id: sku.id, qty, unit_price: offer.unit_price, promotion_id: promotionId }],
        } });
        return null;
      });
      if (!accepted.length) {
        if (item.stock_limit !== null && item.sold >= item.stock_limit) markSoldOut(db, promotionId, sku.id); // read, not written: no commit to wait for
        return outcomes as BatchOutcome[];
      }
      const units = sold - item.sold;
      const stock = await trx('promotion_items').where('id', item.item_id)
        .andWhere((q) => q.whereNull('stock_limit').orWhereRaw('sold + ? <= stock_limit', [units])).increment('sold', units);
      if (stock !== 1) throw new Error('batch stock changed');
      const takers = [...taken];
      for (let i = 0; i < takers.length; i += 200) {
        const chunk = takers.slice(i, i + 200);
        // Every buyer's row must come back: one that would pass the limit updates nothing, and the batch falls back.
        const rows = await trx('promotion_item_buyers').insert(chunk.map(([customer, qty]) => ({ org_id: channel.org_id, item_id: item.item_id, customer_ref: customer, qty })))
          .onConflict(['item_id', 'customer_ref']).merge({ qty: trx.raw('promotion_item_buyers.qty + excluded.qty') })
          .modify((q) => { if (item.per_customer_limit !== null) q.whereRaw('promotion_item_buyers.qty + excluded.qty <= ?', [item.per_customer_limit]); })
          .returning('customer_ref');
        if (rows.length !== chunk.length) throw new Error('batch buyer changed');
      }
      const discount = given - item.discount_given;
      if (discount > 0) {
        const budget = await trx('promotions').where('id', promotionId)
          .andWhere((q) => q.whereNull('budget').orWhereRaw('discount_given + ? <= budget', [discount])).increment('discount_given', discount);
        if (budget !== 1) throw new Error('batch budget changed');
      }
      const ids = await insertEngineOrders(trx, channel, accepted.map((a) => a.input), now);
      accepted.forEach((a, i) => { outcomes[a.index] = ids[i]; });
      afterCommit(trx, () => {
        forgetEngineState(db, channel.org_id);
        for (const [customer, qty] of taken) noteBuyerUnits(db, item.item_id, customer, qty);
        if (item.stock_limit !== null && sold >= item.stock_limit) markSoldOut(db, promotionId, sku.id);
      });
      return outcomes as BatchOutcome[];
    });
  } catch {
    return null;
  }
}

/** The order's lines priced, consumed and inserted in one transaction; any refusal rolls it all back. */
async function placeOrder(db: Db, channel: EngineChannel, req: EngineOrderRequest, skus: EngineSku[]): Promise<number> {
  return db.transaction(async (trx) => {
    const now = nowIso();
    const lines = [];
    const lastUnits: [number, number][] = [];
    for (const [i, line] of req.lines.entries()) {
      const priced = await priceLine(trx, channel, skus[i], line.qty, line.promotion_id, req.customer_id, now);
      if (priced.consumption) {
        try {
          await consume(trx, channel.org_id, priced.consumption);
        } catch (err) {
          // One unit refused means none is left (more units may still fit a smaller order).
          if ((err as HttpError).code === 'sold_out' && line.qty === 1 && priced.promotionId !== null) markSoldOut(db, priced.promotionId, skus[i].id);
          throw err;
        }
        if (priced.stockLeft !== null && priced.stockLeft <= line.qty) lastUnits.push([priced.consumption.promotion_id, skus[i].id]);
      }
      lines.push({ sku_id: skus[i].id, qty: line.qty, unit_price: priced.unitPrice, promotion_id: priced.promotionId });
    }
    const orderId = await insertEngineOrder(trx, channel, {
      order_no: req.order_no, customer_ref: req.customer_id, customer_type: req.customer_type ?? defaultCustomerType(channel),
      province: req.province, city: req.city, prescription_id: req.prescription_id, status: 'paid', lines,
    }, now);
    // This order took the last units: whoever is next in turn is refused without a transaction.
    afterCommit(trx, () => { for (const [promotionId, skuId] of lastUnits) markSoldOut(db, promotionId, skuId); });
    return orderId;
  });
}

/**
 * `POST /api/engine/orders`: an order at promotion prices. Stock, per-order and per-buyer limits
 * and the budget are consumed in the order's transaction by conditional updates; any refusal
 * writes nothing. Idempotent on `order_no`: a retry answers the stored order and consumes nothing.
 */
export async function takeOrder(db: Db, channel: EngineChannel, body: unknown): Promise<{ status: 200 | 201; order: Record<string, unknown> }> {
  const req = parseOr400(EngineOrderRequest, body);
  // Reads that need no lock go to the read pool, so a rush does not queue them behind the writer;
  // an order committed since is caught by the unique order number below.
  const reader = readerOf(db);
  const existing = () => orderIdByNumber(reader, channel.id, req.order_no);
  const stored = await existing();
  if (stored !== null) return { status: 200, order: await engineOrderRecord(reader, stored) };
  const skus: EngineSku[] = [];
  for (const [i, line] of req.lines.entries()) skus.push(await skuByCode(reader, channel.org_id, line.sku_code, `lines.${i}.sku_code`));
  assertPrescription(channel, skus, req.prescription_id, (i) => `lines.${i}.sku_code`);
  // Most of a flash-sale rush arrives after the stock is gone: the order that takes the last units
  // marks the item sold out, and the rest are refused when their turn comes, without a transaction.
  // The conditional update in the transaction stays the guard.
  const turns = req.lines.flatMap((line, i) => (line.promotion_id === null ? [] : [`${line.promotion_id}:${skus[i].id}`]));
  const inTurnAlone = (order: EngineOrderRequest, orderSkus: EngineSku[]) => inTurn(db, turns, async () => {
    if (order.lines.some((line, i) => line.promotion_id !== null && isSoldOut(db, line.promotion_id, orderSkus[i].id))) throw refusal(409, 'sold_out');
    return placeOrder(db, channel, order, orderSkus);
  });
  try {
    const promotionId = req.lines.length === 1 ? req.lines[0].promotion_id : null;
    // A rush on one item of one channel (a flash sale) is written in batches; anything else takes its turn alone.
    const orderId = promotionId !== null
      ? await sellInBatch(db, `${channel.id}:${promotionId}:${skus[0].id}`, { req, sku: skus[0] },
        (orders) => placeBatch(db, channel, promotionId, orders), (order) => inTurnAlone(order.req, [order.sku]))
      : await inTurnAlone(req, skus);
    return { status: 201, order: await engineOrderRecord(reader, orderId) };
  } catch (err) {
    // The same order number sent twice at once: the second finds the first's order (its own consumption rolled back).
    const raced = isUniqueViolation(err) ? await existing() : null;
    if (raced !== null) return { status: 200, order: await engineOrderRecord(reader, raced) };
    throw err;
  }
}
