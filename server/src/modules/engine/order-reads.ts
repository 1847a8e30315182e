import DataLoader from 'dataloader';
import { readerOf, type Db } from '../../db/knex';
import { toOrderRecord, type LineRow } from '../orders/order-records';
import { perDatabase } from '../../db/per-database';

/**
 * The engine's reads of orders, asked a thousand times at once in a rush: "was this order number
 * taken already?" (every order, before anything else: a retry answers the stored order) and the
 * stored order to answer with. The questions of one tick go to the read pool as a few `IN` queries
 * instead of one query each. Nothing is cached.
 */
const BATCH = 500;
const keyOf = (channelId: number, orderNo: string) => `${channelId}\u0000${orderNo}`;

/** Order ids by channel and number, a batch per tick, from the read pool of the database given. */
function loaderFor(reader: Db) {
  return new DataLoader<string, number | null>(async (keys) => {
    const byChannel = new Map<number, string[]>();
    for (const k of keys) {
      const [channel, orderNo] = k.split('\u0000');
      const list = byChannel.get(Number(channel)) ?? [];
      list.push(orderNo);
      byChannel.set(Number(channel), list);
    }
    const found = new Map<string, number>();
    for (const [channelId, orderNos] of byChannel) {
      const rows = await reader('orders').where('channel_id', channelId).whereIn('order_no', orderNos).select('id', 'order_no');
      for (const r of rows) found.set(keyOf(channelId, r.order_no), Number(r.id));
    }
    return keys.map((k) => found.get(k) ?? null);
  }, { cache: false, maxBatchSize: BATCH });
}
const loaderOf = perDatabase((db) => loaderFor(readerOf(db)));

/** The id of the channel's order with this number, or null. */
export const orderIdByNumber = (reader: Db, channelId: number, orderNo: string): Promise<number | null> =>
  loaderOf(reader).load(keyOf(channelId, orderNo));

type Row = Record<string, unknown>;

/** Stored orders with their lines, as the API answers them, a batch per tick. */
function recordLoaderFor(reader: Db) {
  return new DataLoader<number, Row | null>(async (ids) => {
    const orders: Row[] = await reader('orders').whereIn('id', [...ids]);
    const lines: LineRow[] = await reader('order_lines').whereIn('order_id', [...ids]).orderBy(['order_id', 'line_no'])
      .select('order_id', 'line_no', 'sku_id', 'qty', 'unit_price', 'amount', 'promotion_id');
    const linesOf = new Map<number, LineRow[]>();
    for (const l of lines) {
      const list = linesOf.get(Number(l.order_id));
      if (list) list.push(l);
      else linesOf.set(Number(l.order_id), [l]);
    }
    const byId = new Map(orders.map((o) => [Number(o.id), toOrderRecord(o, linesOf.get(Number(o.id)) ?? [])]));
    return ids.map((id) => byId.get(id) ?? null);
  }, { cache: false, maxBatchSize: BATCH });
}
const recordLoaderOf = perDatabase((db) => recordLoaderFor(readerOf(db)));

/** The stored engine order as the API answers it (committed: read on the read pool). */
export async function engineOrderRecord(reader: Db, orderId: number): Promise<Row> {
  const record = await recordLoaderOf(reader).load(orderId);
  if (!record) throw new Error(`order ${orderId} not found`);
  return record;
}
