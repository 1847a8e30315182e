import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { createDb, migrateLatest, type Db } from '../../src/db/knex';

export type DatabaseKind = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL when PG_TEST_URL points at a server (tests create and drop their own database). */
export const databases: DatabaseKind[] = process.env.PG_TEST_URL ? ['sqlite', 'postgres'] : ['sqlite'];

if (!process.env.PG_TEST_URL && !process.env.PG_SKIP_NOTICE_SHOWN) {
  process.env.PG_SKIP_NOTICE_SHOWN = '1';
  console.warn('PostgreSQL API tests SKIPPED: set PG_TEST_URL=postgres://postgres@127.0.0.1:5432/test to run them.');
}

export interface TestDatabase {
  db: Db;
  /** The DATABASE_URL of this database, for a second app instance on the same data. */
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated, empty database of the given kind. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxc-test-'));
    const url = `file:${path.join(dir, 'test.db')}`;
    const db = createDb(url);
    await migrateLatest(db);
    return {
      db,
      url,
      async drop() {
        await db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.PG_TEST_URL!;
  const name = `rxc_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = knexFactory({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createDb(url.toString());
  await migrateLatest(db);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.destroy();
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}
