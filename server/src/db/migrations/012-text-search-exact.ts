import type { Knex } from 'knex';
import * as textSearch010 from './010-text-search';

/**
 * SQLite only: rebuilds the search tables of migration 010 so they answer the plain match exactly,
 * with no re-check. 010 indexed the original text with the trigram tokenizer's own case folding,
 * which folds all of Unicode while `LOWER(col) LIKE` folds ASCII only, so every hit had to be
 * re-checked against the row. Now each table indexes `lower(column)` (the very text the plain match
 * compares), case-sensitively: a quoted phrase of the lower-cased term matches exactly the rows the
 * plain match finds. Contentless with contentless_delete (the text stays in the base table only),
 * kept in step by triggers; a later migration that rebuilds one of these tables (knex's SQLite
 * alterTable does for some changes) drops its triggers and must recreate them (the search API tests
 * would fail). PostgreSQL's pg_trgm indexes from 010 already serve the plain predicate itself.
 *
 * The column lists are this migration's own copy, frozen with it (audit_log stays out, see 010).
 */
const INDEXED: Record<string, string[]> = {
  products: ['generic_name', 'brand_name', 'approval_number', 'manufacturer'],
  skus: ['code', 'name', 'gtin', 'pack_desc'],
  channels: ['name', 'code', 'region'],
  users: ['email', 'name'],
};

const isPostgres = (knex: Knex) => knex.client.config.client === 'pg';

async function dropSearchTables(knex: Knex): Promise<void> {
  for (const table of Object.keys(INDEXED)) {
    const fts = `${table}_search`;
    for (const suffix of ['insert', 'delete', 'update']) await knex.raw(`DROP TRIGGER IF EXISTS ${fts}_${suffix}`);
    await knex.raw(`DROP TABLE IF EXISTS ${fts}`);
  }
}

export async function up(knex: Knex): Promise<void> {
  if (isPostgres(knex)) return;
  await dropSearchTables(knex); // 010's tables, or this migration's own when run twice
  for (const [table, columns] of Object.entries(INDEXED)) {
    const fts = `${table}_search`;
    const list = columns.join(', ');
    const lowered = (row: string) => columns.map((c) => `lower(${row}.${c})`).join(', ');
    await knex.raw(`CREATE VIRTUAL TABLE ${fts} USING fts5(${list}, content='', contentless_delete=1, tokenize='trigram case_sensitive 1')`);
    await knex.raw(`INSERT INTO ${fts}(rowid, ${list}) SELECT id, ${lowered(table)} FROM ${table}`);
    await knex.raw(`CREATE TRIGGER ${fts}_insert AFTER INSERT ON ${table} BEGIN
      INSERT INTO ${fts}(rowid, ${list}) VALUES (new.id, ${lowered('new')}); END`);
    await knex.raw(`CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${table} BEGIN
      DELETE FROM ${fts} WHERE rowid = old.id; END`);
    // Only when an indexed column (or the id) is written, not on every version bump.
    await knex.raw(`CREATE TRIGGER ${fts}_update AFTER UPDATE OF id, ${list} ON ${table} BEGIN
      DELETE FROM ${fts} WHERE rowid = old.id;
      INSERT INTO ${fts}(rowid, ${list}) VALUES (new.id, ${lowered('new')}); END`);
  }
}

export async function down(knex: Knex): Promise<void> {
  if (isPostgres(knex)) return;
  await dropSearchTables(knex);
  await textSearch010.up(knex);
}
