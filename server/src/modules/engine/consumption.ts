import { salesDay } from '../../../../shared/sales';
import { afterCommit } from '../../db/after-commit';
import type { Db } from '../../db/knex';
import { refusal } from '../../http/errors';
import { factsOf, type LineRow } from '../orders/order-records';
import { applyOrderChange, applyOrderChanges } from '../orders/rollups';
import { forgetEngineState } from './engine-cache';
import { noteBuyerUnits } from './quote-snapshots';
import type { EngineChannel } from './live-items';

type Row = Record<string, unknown>;

export interface Consumption { promotion_id: number; item_id: number; qty: number; customer_ref: string; discount: number; per_customer_limit: number | null }

/**
 * Takes stock, the buyer's limit and the budget for one line, each by a conditional update that
 * matches no row when it would overshoot: with PostgreSQL's row locks and SQLite's single writer,
 * however many requests race, none oversells. Any refusal rolls the caller's transaction back.
 */
export async function consume(trx: Db, orgId: number, c: Consumption): Promise<void> {
  const stock = await trx('promotion_items').where('id', c.item_id)
    .andWhere((q) => q.whereNull('stock_limit').orWhereRaw('sold + ? <= stock_limit', [c.qty]))
    .increment('sold', c.qty);
  if (stock !== 1) throw refusal(409, 'sold_out');
  // The buyer's units in one upsert: a first order inserts them, a later one adds to them only while
  // they stay within the limit (no row comes back when they would not).
  if (c.per_customer_limit !== null && c.qty > c.per_customer_limit) throw refusal(409, 'limit_exceeded');
  const bought = await trx('promotion_item_buyers').insert({ org_id: orgId, item_id: c.item_id, customer_ref: c.customer_ref, qty: c.qty })
    .onConflict(['item_id', 'customer_ref']).merge({ qty: trx.raw('promotion_item_buyers.qty + excluded.qty') })
    .modify((q) => { if (c.per_customer_limit !== null) q.whereRaw('promotion_item_buyers.qty + excluded.qty <= ?', [c.per_customer_limit]); })
    .returning('qty');
  if (bought.length !== 1) throw refusal(409, 'limit_exceeded');
  if (c.discount > 0) {
    const budget = await trx('promotions').where('id', c.promotion_id)
      .andWhere((q) => q.whereNull('budget').orWhereRaw('discount_given + ? <= budget', [c.discount]))
      .increment('discount_given', c.discount);
    if (budget !== 1) throw refusal(409, 'budget_exhausted');
  }
  afterCommit(trx, () => {
    forgetEngineState(trx, orgId);
    noteBuyerUnits(trx, c.item_id, c.customer_ref, c.qty);
  });
}

/** Gives back what a failed group's order took (stock, the buyer's units, the budget). */
export async function release(trx: Db, orgId: number, c: Omit<Consumption, 'per_customer_limit'>): Promise<void> {
  await trx('promotion_items').where('id', c.item_id).decrement('sold', c.qty);
  await trx('promotion_item_buyers').where({ item_id: c.item_id, customer_ref: c.customer_ref }).decrement('qty', c.qty);
  if (c.discount > 0) await trx('promotions').where('id', c.promotion_id).decrement('discount_given', c.discount);
  afterCommit(trx, () => {
    forgetEngineState(trx, orgId);
    noteBuyerUnits(trx, c.item_id, c.customer_ref, -c.qty);
  });
}

export interface EngineOrderInput {
  order_no: string;
  customer_ref: string;
  customer_type: string;
  province: string | null;
  city: string | null;
  prescription_id: string | null;
  status: 'paid' | 'pending_group';
  lines: { sku_id: number; qty: number; unit_price: number; promotion_id: number | null }[];
}

/** An engine order as a real sell-in order (source `engine`), with the rollups moved in the same transaction. */
export async function insertEngineOrder(trx: Db, channel: EngineChannel, input: EngineOrderInput, now: string): Promise<number> {
  const [orderId] = await insertEngineOrders(trx, channel, [input], now);
  return orderId;
}

/** Several engine orders in one statement each for orders and lines, the rollups netted: ids in the inputs' order. */
export async function insertEngineOrders(trx: Db, channel: EngineChannel, inputs: EngineOrderInput[], now: string): Promise<number[]> {
  const day = salesDay(now, channel.time_zone);
  const orders = inputs.map((input) => {
    const lines = input.lines.map((l, i) => ({ ...l, line_no: i + 1, amount: l.qty * l.unit_price }));
    const row = {
      org_id: channel.org_id, channel_id: channel.id, order_no: input.order_no, flow: 'sell_in', ordered_at: now, sales_day: day,
      status: input.status, customer_name: null, customer_ref: input.customer_ref, customer_type: input.customer_type, province: input.province, city: input.city,
      source: 'engine', total: lines.reduce((sum, l) => sum + l.amount, 0), prescription_id: input.prescription_id, version: 1, created_at: now, updated_at: now,
    };
    return { row, lines };
  });
  const ids = new Map<string, number>();
  for (let i = 0; i < orders.length; i += INSERT_ROWS) {
    // Mapped back by order number: neither database promises RETURNING rows in VALUES order.
    const inserted: { id: number; order_no: string }[] = await trx('orders').insert(orders.slice(i, i + INSERT_ROWS).map((o) => o.row)).returning(['id', 'order_no']);
    for (const r of inserted) ids.set(r.order_no, Number(r.id));
  }
  const withIds = orders.map((o) => ({ ...o, id: ids.get(o.row.order_no)! }));
  const lineRows = withIds.flatMap((o) => o.lines.map((l) => ({ ...l, org_id: channel.org_id, order_id: o.id })));
  for (let i = 0; i < lineRows.length; i += INSERT_ROWS) await trx('order_lines').insert(lineRows.slice(i, i + INSERT_ROWS));
  // The rollups move by what was just written (not read back).
  await applyOrderChanges(trx, channel.org_id, withIds.map((o) => ({ before: null, after: factsOf(o.row, o.lines.map((l) => ({ ...l, order_id: o.id }))) })));
  return withIds.map((o) => o.id);
}

/** Rows per multi-row insert (SQLite's compound statements stop at 500). */
const INSERT_ROWS = 200;

export async function orderWithLines(db: Db, orderId: number): Promise<{ row: Row; lines: LineRow[] }> {
  const row = await db('orders').where('id', orderId).first();
  const lines: LineRow[] = await db('order_lines').where('order_id', orderId).orderBy('line_no').select('order_id', 'line_no', 'sku_id', 'qty', 'unit_price', 'amount', 'promotion_id');
  return { row, lines };
}

/** Moves a held order to paid or cancelled, its rollups with it (a held order counts nowhere until paid). */
export async function setOrderStatus(trx: Db, orgId: number, orderId: number, status: 'paid' | 'cancelled', now: string): Promise<void> {
  const before = await orderWithLines(trx, orderId);
  await trx('orders').where({ id: orderId, status: 'pending_group' }).update({ status, version: Number(before.row.version) + 1, updated_at: now });
  const after = await orderWithLines(trx, orderId);
  await applyOrderChange(trx, orgId, factsOf(before.row, before.lines), factsOf(after.row, after.lines));
}
