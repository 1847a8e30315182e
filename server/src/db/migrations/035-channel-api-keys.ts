import type { Knex } from 'knex';
import { rebuildSqliteSearch } from './031-pinyin-search-keys';

/**
 * A channel's API key for order ingest: found by its short public prefix (unique, indexed), checked
 * against the SHA-256 of the whole key (`api_key_hash`, migration 002). A per-request bcrypt would
 * make ingest too slow; the key is 32 random bytes, so a fast hash is as safe.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasColumn('channels', 'api_key_prefix')) return;
  await knex.schema.alterTable('channels', (t) => {
    t.string('api_key_prefix', 16);
    t.string('api_key_created_at', 30);
    t.unique(['api_key_prefix'], { indexName: 'channels_api_key_prefix_unique' });
  });
  // Should SQLite have rebuilt the table for these columns, its search triggers are put back.
  if (knex.client.config.client !== 'pg') await rebuildSqliteSearch(knex, { channels: ['name', 'code', 'region'] });
}

export async function down(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasColumn('channels', 'api_key_prefix'))) return;
  await knex.schema.alterTable('channels', (t) => {
    t.dropUnique(['api_key_prefix'], 'channels_api_key_prefix_unique');
    t.dropColumn('api_key_prefix');
    t.dropColumn('api_key_created_at');
  });
}
