import { createDb, migrateLatest } from '../db/knex';

/** `npm run migrate`: applies pending migrations to DATABASE_URL. */
const db = createDb();
migrateLatest(db)
  .then(() => console.log('Migrations are up to date.'))
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => db.destroy());
