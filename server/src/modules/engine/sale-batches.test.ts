import { describe, expect, test } from 'vitest';
import type { Db } from '../../db/knex';
import { sellInBatch, type BatchOutcome } from './sale-batches';

const fakeDb = () => ({ client: { config: {} } }) as unknown as Db;
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

describe('sellInBatch', () => {
  test('writes the first order at once and the ones arriving meanwhile together, each caller getting its own outcome', async () => {
    const db = fakeDb();
    const batches: number[][] = [];
    const write = async (orders: number[]): Promise<BatchOutcome[]> => {
      batches.push(orders);
      await tick();
      return orders.map((o) => (o % 2 ? o * 10 : new Error(`refused ${o}`)));
    };
    const one = async () => { throw new Error('not expected'); };
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((o) => sellInBatch(db, 'item', o, write, one)));
    expect(batches).toEqual([[1], [2, 3, 4, 5]]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 'refused 2', 30, 'refused 4', 50]);
  });

  test('sends a batch that cannot be written as decided through the one-by-one path, in order', async () => {
    const db = fakeDb();
    const alone: number[] = [];
    const write = async (orders: number[]) => (orders.length > 1 ? null : orders.map((o) => o));
    const one = async (o: number) => {
      alone.push(o);
      if (o === 3) throw new Error('three refused alone');
      return o * 100;
    };
    const results = await Promise.allSettled([1, 2, 3, 4].map((o) => sellInBatch(db, 'item', o, write, one)));
    expect(alone).toEqual([2, 3, 4]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([1, 200, 'three refused alone', 400]);
  });

  test('keeps items and databases apart, and starts afresh once a queue is drained', async () => {
    const db = fakeDb();
    const seen: string[] = [];
    const write = (key: string) => async (orders: number[]) => {
      seen.push(`${key}:${orders.join(',')}`);
      await tick();
      return orders;
    };
    const one = async (o: number) => o;
    await Promise.all([sellInBatch(db, 'a', 1, write('a'), one), sellInBatch(db, 'b', 2, write('b'), one), sellInBatch(fakeDb(), 'a', 3, write('a2'), one)]);
    await sellInBatch(db, 'a', 4, write('a'), one);
    expect(seen.sort()).toEqual(['a2:3', 'a:1', 'a:4', 'b:2']);
  });
});
