import type { Knex } from 'knex';

/**
 * Indexes for the list `q` search (see server/src/db/text-search.ts), so a substring search no
 * longer reads every row.
 *
 * SQLite: an FTS5 table per searchable table with the trigram tokenizer (any substring of 3+
 * characters, Chinese included), external content (the text stays in the base table only), kept in
 * step by triggers. A later migration that rebuilds one of these tables (knex's SQLite alterTable
 * does for some changes) drops its triggers and must recreate them; the search API tests would fail.
 * PostgreSQL: pg_trgm GIN indexes on lower(column), which serve `LOWER(col) LIKE '%term%'` directly.
 *
 * The column lists are this migration's own copy, frozen with it. audit_log is left out on purpose:
 * every change writes a row there (a 20,000-row price import writes 20,000), an index doubled the cost
 * of those inserts, and its searched columns (user_email, resource) have so few distinct values that
 * a trigram index would barely narrow a search.
 */
const INDEXED: Record<string, string[]> = {
  products: ['generic_name', 'brand_name', 'approval_number', 'manufacturer'],
  skus: ['code', 'name', 'gtin', 'pack_desc'],
  channels: ['name', 'code', 'region'],
  users: ['email', 'name'],
};

const isPostgres = (knex: Knex) => knex.client.config.client === 'pg';

export async function up(knex: Knex): Promise<void> {
  if (isPostgres(knex)) {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    for (const [table, columns] of Object.entries(INDEXED)) {
      for (const column of columns) {
        // fastupdate off: a GIN pending list (filled by bulk inserts until the next vacuum) is read
        // linearly by every search, which made a 20,000-row table 10× slower to search.
        await knex.raw(`CREATE INDEX IF NOT EXISTS ${table}_${column}_trgm ON ${table} USING gin (lower(${column}) gin_trgm_ops) WITH (fastupdate = off)`);
      }
    }
    return;
  }
  for (const [table, columns] of Object.entries(INDEXED)) {
    const fts = `${table}_search`;
    const list = columns.join(', ');
    const values = (row: 'new' | 'old') => columns.map((c) => `${row}.${c}`).join(', ');
    await knex.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS ${fts} USING fts5(${list}, content='${table}', content_rowid='id', tokenize='trigram')`);
    await knex.raw(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`);
    await knex.raw(`CREATE TRIGGER IF NOT EXISTS ${fts}_insert AFTER INSERT ON ${table} BEGIN
      INSERT INTO ${fts}(rowid, ${list}) VALUES (new.id, ${values('new')}); END`);
    await knex.raw(`CREATE TRIGGER IF NOT EXISTS ${fts}_delete AFTER DELETE ON ${table} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ${list}) VALUES ('delete', old.id, ${values('old')}); END`);
    // Only when an indexed column (or the id) is written; an external-content 'delete' must carry the old values.
    await knex.raw(`CREATE TRIGGER IF NOT EXISTS ${fts}_update AFTER UPDATE OF id, ${list} ON ${table} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ${list}) VALUES ('delete', old.id, ${values('old')});
      INSERT INTO ${fts}(rowid, ${list}) VALUES (new.id, ${values('new')}); END`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const [table, columns] of Object.entries(INDEXED)) {
    if (isPostgres(knex)) {
      for (const column of columns) await knex.raw(`DROP INDEX IF EXISTS ${table}_${column}_trgm`);
      continue;
    }
    const fts = `${table}_search`;
    for (const suffix of ['insert', 'delete', 'update']) await knex.raw(`DROP TRIGGER IF EXISTS ${fts}_${suffix}`);
    await knex.raw(`DROP TABLE IF EXISTS ${fts}`);
  }
}
