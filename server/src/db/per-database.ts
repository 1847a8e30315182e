import { writerOf, type Db } from './knex';

/**
 * One set of in-process caches per database (tests run several in one process; ids repeat between
 * them), found alike from the writer, the read pool or a transaction: they all share the writer's config.
 */
export const databaseOf = (db: Db): object => writerOf(db).client.config;

/** A value kept per database, made on first use (from whichever handle asked first). */
export function perDatabase<T>(make: (db: Db) => T): (db: Db) => T {
  const values = new WeakMap<object, T>();
  return (db) => {
    const key = databaseOf(db);
    let value = values.get(key);
    if (value === undefined) {
      value = make(db);
      values.set(key, value);
    }
    return value;
  };
}
