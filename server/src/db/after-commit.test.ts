import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import knexFactory, { type Knex } from 'knex';
import { afterCommit } from './after-commit';

describe('afterCommit', () => {
  let db: Knex;
  beforeAll(async () => {
    db = knexFactory({ client: 'sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    await db.schema.createTable('t', (t) => t.integer('n'));
  });
  afterAll(() => db.destroy());

  test('runs the effect once the transaction has committed, when readers can see the change', async () => {
    const seen: number[] = [];
    await db.transaction(async (trx) => {
      await trx('t').insert({ n: 1 });
      afterCommit(trx, () => seen.push(1));
      expect(seen).toEqual([]);
    });
    await Promise.resolve();
    expect(seen).toEqual([1]);
  });

  test('never runs it for a rolled-back transaction, and at once outside one', async () => {
    const seen: string[] = [];
    await expect(db.transaction(async (trx) => {
      afterCommit(trx, () => seen.push('rolled back'));
      throw new Error('refused');
    })).rejects.toThrow('refused');
    await new Promise((resolve) => setTimeout(resolve, 5));
    afterCommit(db, () => seen.push('no transaction'));
    expect(seen).toEqual(['no transaction']);
  });
});
