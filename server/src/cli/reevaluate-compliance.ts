import { createDb } from '../db/knex';
import { reevaluateAll } from '../modules/compliance/reevaluation';

/**
 * `npm run reevaluate-compliance [-- --org <id>]`: judges again every listed price and every slot's latest
 * sighting against today's policies and sellers (every company, or one), as the console's button does.
 */
const db = createDb();
async function main() {
  const flag = process.argv.indexOf('--org');
  const orgIds: number[] = flag > 0 ? [Number(process.argv[flag + 1])] : (await db('organizations').orderBy('id').pluck('id')).map(Number);
  for (const orgId of orgIds) {
    const result = await reevaluateAll(db, orgId, { userId: null, email: 'cli' });
    console.log(`Company ${orgId}: ${result.evaluated} prices and sightings judged in ${result.ms} ms; ${result.opened} violations opened, ${result.resolved} resolved`);
  }
}
main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => db.destroy());
