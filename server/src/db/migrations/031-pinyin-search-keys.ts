import type { Knex } from 'knex';
import { refreshSearchKeys } from '../../modules/search/search-keys';

/**
 * Pinyin search (staff type "amxl" or "amoxilin" for 阿莫西林): a `search_keys` column on products
 * and SKUs (full pinyin and initials, computed in the app with pinyin-pro), backfilled here and added
 * to the text indexes: PostgreSQL a pg_trgm index like migration 010's, SQLite the FTS5 tables of
 * migration 012 rebuilt with the column (triggers recreated). Column lists frozen with this migration.
 */
export const INDEXED: Record<string, string[]> = {
  products: ['generic_name', 'brand_name', 'approval_number', 'manufacturer', 'search_keys'],
  skus: ['code', 'name', 'gtin', 'pack_desc', 'search_keys'],
};

const isPostgres = (knex: Knex) => knex.client.config.client === 'pg';

export async function rebuildSqliteSearch(knex: Knex, indexed: Record<string, string[]>): Promise<void> {
  for (const [table, columns] of Object.entries(indexed)) {
    const fts = `${table}_search`;
    for (const suffix of ['insert', 'delete', 'update']) await knex.raw(`DROP TRIGGER IF EXISTS ${fts}_${suffix}`);
    await knex.raw(`DROP TABLE IF EXISTS ${fts}`);
    const list = columns.join(', ');
    const lowered = (row: string) => columns.map((c) => `lower(${row}.${c})`).join(', ');
    await knex.raw(`CREATE VIRTUAL TABLE ${fts} USING fts5(${list}, content='', contentless_delete=1, tokenize='trigram case_sensitive 1')`);
    await knex.raw(`INSERT INTO ${fts}(rowid, ${list}) SELECT id, ${lowered(table)} FROM ${table}`);
    await knex.raw(`CREATE TRIGGER ${fts}_insert AFTER INSERT ON ${table} BEGIN
      INSERT INTO ${fts}(rowid, ${list}) VALUES (new.id, ${lowered('new')}); END`);
    await knex.raw(`CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${table} BEGIN
      DELETE FROM ${fts} WHERE rowid = old.id; END`);
    await knex.raw(`CREATE TRIGGER ${fts}_update AFTER UPDATE OF id, ${list} ON ${table} BEGIN
      DELETE FROM ${fts} WHERE rowid = old.id;
      INSERT INTO ${fts}(rowid, ${list}) VALUES (new.id, ${lowered('new')}); END`);
  }
}

export async function up(knex: Knex): Promise<void> {
  for (const table of Object.keys(INDEXED)) {
    if (!(await knex.schema.hasColumn(table, 'search_keys'))) await knex.schema.alterTable(table, (t) => t.text('search_keys'));
  }
  await refreshSearchKeys(knex);
  if (isPostgres(knex)) {
    for (const table of Object.keys(INDEXED)) {
      await knex.raw(`CREATE INDEX IF NOT EXISTS ${table}_search_keys_trgm ON ${table} USING gin (lower(search_keys) gin_trgm_ops) WITH (fastupdate = off)`);
    }
  } else {
    await rebuildSqliteSearch(knex, INDEXED);
  }
}

export async function down(knex: Knex): Promise<void> {
  if (isPostgres(knex)) {
    for (const table of Object.keys(INDEXED)) await knex.raw(`DROP INDEX IF EXISTS ${table}_search_keys_trgm`);
  }
  // On SQLite dropping a column rebuilds the table (and its triggers go), so the search tables come after.
  for (const table of Object.keys(INDEXED)) await knex.schema.alterTable(table, (t) => t.dropColumn('search_keys'));
  if (!isPostgres(knex)) {
    await rebuildSqliteSearch(knex, Object.fromEntries(Object.entries(INDEXED).map(([t, cols]) => [t, cols.filter((c) => c !== 'search_keys')])));
  }
}
