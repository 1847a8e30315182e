import type { Knex } from 'knex';
import * as m001 from './001-organizations-users-sessions';
import * as m002 from './002-catalog-and-channels';
import * as m003 from './003-audit-log';
import * as m004 from './004-pricing';
import * as m005 from './005-import-jobs';
import * as m006 from './006-current-prices';
import * as m007 from './007-import-rows';
import * as m008 from './008-import-jobs-progress';
import * as m009LoginFailures from './009-login-failures';
import * as m009UsersEmail from './009-users-email-per-organization';
import * as m010 from './010-text-search';
import * as m011 from './011-list-indexes';
import * as m012 from './012-text-search-exact';
import * as m020 from './020-idempotency-keys';
import * as m021 from './021-import-job-totals';
import * as m025 from './025-notifications';
import * as m030 from './030-price-corrections';
import * as m031 from './031-pinyin-search-keys';
import * as m032 from './032-pinyin-sort-keys';
import * as m033 from './033-orders';
import * as m034 from './034-sales-plans';
import * as m035 from './035-channel-api-keys';
import * as m036 from './036-coarse-rollups';
import * as m037 from './037-sales-imports';
import * as m038 from './038-import-order-qty';
import * as m039 from './039-monthly-sku-rollup';
import * as m040 from './040-promotions';
import * as m041 from './041-promotion-engine';
import * as m042 from './042-compliance';
import * as m043 from './043-channels-operated-by';
import * as m044 from './044-violation-indexes';
import * as m045 from './045-observations-by-day';
import * as m046 from './046-observation-slot-spans';

interface Migration { up(knex: Knex): Promise<void>; down(knex: Knex): Promise<void> }

/** Static list so migrations load the same under Node, tsx and vitest. Never edit a merged migration. */
const migrations: Record<string, Migration> = {
  '001-organizations-users-sessions': m001,
  '002-catalog-and-channels': m002,
  '003-audit-log': m003,
  '004-pricing': m004,
  '005-import-jobs': m005,
  '006-current-prices': m006,
  '007-import-rows': m007,
  '008-import-jobs-progress': m008,
  '009-login-failures': m009LoginFailures,
  '009-users-email-per-organization': m009UsersEmail,
  '010-text-search': m010,
  '011-list-indexes': m011,
  '012-text-search-exact': m012,
  '020-idempotency-keys': m020,
  '021-import-job-totals': m021,
  '025-notifications': m025,
  '030-price-corrections': m030,
  '031-pinyin-search-keys': m031,
  '032-pinyin-sort-keys': m032,
  '033-orders': m033,
  '034-sales-plans': m034,
  '035-channel-api-keys': m035,
  '036-coarse-rollups': m036,
  '037-sales-imports': m037,
  '038-import-order-qty': m038,
  '039-monthly-sku-rollup': m039,
  '040-promotions': m040,
  '041-promotion-engine': m041,
  '042-compliance': m042,
  '043-channels-operated-by': m043,
  '044-violation-indexes': m044,
  '045-observations-by-day': m045,
  '046-observation-slot-spans': m046,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name],
};
