import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { migrationSource } from './migrations';

export type Db = Knex;

/** `DATABASE_URL`: absent → data/rxchannel.db; `file:/path.db` → SQLite there; `postgres://` → PostgreSQL. */
export function knexConfig(databaseUrl: string | undefined): Knex.Config {
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) {
    return { client: 'pg', connection: databaseUrl, pool: { min: 0, max: 10 } };
  }
  const filename = databaseUrl?.startsWith('file:') ? databaseUrl.slice('file:'.length) : path.resolve('data/rxchannel.db');
  fs.mkdirSync(path.dirname(filename), { recursive: true });
  return {
    client: 'sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: { exec: (sql: string, cb: (err: Error | null) => void) => void }, done: (err: Error | null, conn: unknown) => void) {
        conn.exec('PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;', (err) => done(err, conn));
      },
    },
  };
}

export function createDb(databaseUrl = process.env.DATABASE_URL): Db {
  return knexFactory(knexConfig(databaseUrl));
}

export async function migrateLatest(db: Db): Promise<void> {
  await db.migrate.latest({ migrationSource });
}
