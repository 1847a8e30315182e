import DataLoader from 'dataloader';
import { readerOf, type Db } from '../../db/knex';
import { perDatabase } from './engine-cache';

/**
 * "Was this order number taken already?", asked by every engine order before anything else (a
 * retry answers the stored order). A rush asks it a thousand times at once: the questions of one
 * tick go to the database as a few `IN` queries instead of one query each. Nothing is cached.
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
