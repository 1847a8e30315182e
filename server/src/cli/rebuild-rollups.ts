import { createDb } from '../db/knex';
import { rebuildRollups } from '../modules/orders/rollups';

/** `npm run rebuild-rollups [-- --org <id>]`: recomputes the daily sales rollups from the orders (every company, or one). */
const db = createDb();
async function main() {
  const flag = process.argv.indexOf('--org');
  const orgIds: number[] = flag > 0 ? [Number(process.argv[flag + 1])] : (await db('organizations').orderBy('id').pluck('id')).map(Number);
  for (const orgId of orgIds) {
    const started = Date.now();
    await rebuildRollups(db, orgId);
    console.log(`Company ${orgId}: rollups rebuilt in ${Date.now() - started} ms`);
  }
}
main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => db.destroy());
