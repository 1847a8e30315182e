import { createServer } from 'vite';
import { createApp } from './app';
import { createDb, migrateLatest } from './db/knex';
import { recoverSalesImportsOnStart } from './modules/sales-imports/sales-import.service';
import { seedDemoIfEmpty } from './db/demo/seed-demo';

/** `npm run dev`: the API on API_PORT (default 8081) behind Vite's dev server and its proxy. */
async function dev() {
  const db = createDb();
  await migrateLatest(db);
  await recoverSalesImportsOnStart(db);
  if (process.env.SEED_DEMO !== 'false') await seedDemoIfEmpty(db);
  const apiPort = Number(process.env.API_PORT ?? 8081);
  createApp({ db }).listen(apiPort);
  const vite = await createServer({ configFile: 'vite.config.ts' });
  await vite.listen();
  vite.printUrls();
}

dev().catch((err) => {
  console.error(err);
  process.exit(1);
});
