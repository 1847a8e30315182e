import { describe, expect, test } from 'vitest';
import type { Db } from '../../db/knex';
import { inTurn } from './item-turns';

const fakeDb = () => ({ client: { config: {} } }) as unknown as Db;
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('inTurn', () => {
  test('runs work on one key strictly one at a time, in arrival order, and a failure passes the turn on', async () => {
    const db = fakeDb();
    const log: string[] = [];
    let running = 0;
    const job = (name: string, fail = false) => inTurn(db, ['7:1'], async () => {
      running++;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      running--;
      if (fail) throw new Error(name);
      return name;
    });
    const results = await Promise.allSettled([job('a'), job('b', true), job('c')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  test('lets different keys run side by side, and orders naming keys in any order never wait on each other', async () => {
    const db = fakeDb();
    let together = 0;
    let most = 0;
    const job = (keys: string[]) => inTurn(db, keys, async () => {
      together++;
      most = Math.max(most, together);
      await tick();
      together--;
    });
    await Promise.all([job(['1:1']), job(['2:2'])]);
    expect(most).toBe(2);
    // Opposite orders of the same two keys: sorted, so both finish (no deadlock).
    await expect(Promise.all(Array.from({ length: 20 }, (_, i) => job(i % 2 ? ['a', 'b'] : ['b', 'a'])))).resolves.toHaveLength(20);
  });

  test('never shares turns between databases (tests run several in one process)', async () => {
    const [one, two] = [fakeDb(), fakeDb()];
    let together = 0;
    let most = 0;
    const job = (db: Db) => inTurn(db, ['same'], async () => {
      together++;
      most = Math.max(most, together);
      await tick();
      together--;
    });
    await Promise.all([job(one), job(two)]);
    expect(most).toBe(2);
  });
});
