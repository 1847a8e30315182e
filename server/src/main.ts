import path from 'node:path';
import fs from 'node:fs';
import { execSync } from 'node:child_process';
import { createApp } from './app';
import { flushLogs, logger } from './logger';
import { createDb, migrateLatest } from './db/knex';
import { recoverSalesImportsOnStart } from './modules/sales-imports/sales-import.service';
import { startGroupSweep } from './modules/engine/group-buys';
import { startPromotionBoundarySweep } from './modules/compliance/reevaluation';
import { closeObservationCheckPool } from './modules/compliance/observation-check-pool';
import { seedDemoIfEmpty, DEMO_LOGINS, DEMO_PASSWORD } from './db/demo/seed-demo';

const clientDir = path.resolve('dist/client');
const LISTEN_BACKLOG = 4096;

/** `npm start`: build the client when missing, migrate, seed the demo company into an empty database, serve. */
async function main() {
  if (process.argv.includes('--build-client-if-missing') && !fs.existsSync(path.join(clientDir, 'index.html'))) {
    console.log('Building the client (first start only)…');
    execSync('npx vite build', { stdio: 'inherit' });
  }
  const db = createDb();
  await migrateLatest(db);
  await recoverSalesImportsOnStart(db);
  const seeded = process.env.SEED_DEMO !== 'false' && (await seedDemoIfEmpty(db));
  const port = Number(process.env.PORT ?? 8080);
  const app = createApp({
    db,
    clientDir,
    corsOrigins: process.env.CORS_ORIGINS?.split(',').filter(Boolean),
    secureCookies: process.env.COOKIE_SECURE === 'true',
  });
  // Group buys also settle on every read; the sweep settles the ones nobody reads.
  const stopGroupSweep = startGroupSweep(db);
  // Listed prices are judged again when a promotion starts or ends (observations carry their own time).
  const stopBoundarySweep = startPromotionBoundarySweep(db);
  const stopSweep = () => {
    stopGroupSweep();
    stopBoundarySweep();
  };
  // A flash sale opens a thousand connections at once: with Node's default backlog (511) the kernel
  // drops the rest's handshakes and they retry a second later. The kernel caps it at somaxconn.
  const server = app.listen({ port, backlog: LISTEN_BACKLOG }, () => {
    console.log(`RxChannel is running at http://localhost:${port}`);
    if (seeded || process.env.SEED_DEMO !== 'false') {
      console.log(`Demo logins (password "${DEMO_PASSWORD}"):`);
      for (const login of DEMO_LOGINS) console.log(`  ${login.email.padEnd(26)} ${login.role.padEnd(10)} ${login.org}`);
    }
  });
  // Graceful shutdown: stop accepting, let requests in flight finish (bounded), then close the pools.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    stopSweep();
    logger.info({ signal }, 'shutting down');
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      Promise.all([db.destroy(), closeObservationCheckPool()]).finally(() => {
        flushLogs();
        process.exit(0);
      });
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

const SHUTDOWN_GRACE_MS = 10_000;

// One failed request must never take the API down for everyone: log and keep serving.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
process.on('uncaughtException', (err) => logger.error({ err }, 'uncaught exception'));

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
