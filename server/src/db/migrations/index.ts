import type { Knex } from 'knex';
import * as m001 from './001-organizations-users-sessions';
import * as m002 from './002-catalog-and-channels';
import * as m003 from './003-audit-log';
import * as m004 from './004-pricing';
import * as m005 from './005-import-jobs';
import * as m006 from './006-current-prices';

interface Migration { up(knex: Knex): Promise<void>; down(knex: Knex): Promise<void> }

/** Static list so migrations load the same under Node, tsx and vitest. Never edit a merged migration. */
const migrations: Record<string, Migration> = {
  '001-organizations-users-sessions': m001,
  '002-catalog-and-channels': m002,
  '003-audit-log': m003,
  '004-pricing': m004,
  '005-import-jobs': m005,
  '006-current-prices': m006,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name],
};
