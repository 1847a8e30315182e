/**
 * Pricing benchmark (issue 3): a company with 20,000 SKUs, 30 channels and 5 price versions per
 * cell (3,000,000 channel prices). Prints the time to serve the first 200 matrix rows, the parity
 * report over all products, the full XLSX export, and the server's peak memory.
 *
 *   npm run bench:pricing                        SQLite (temp file)
 *   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:pricing   PostgreSQL as well
 * Env: BENCH_SKUS (20000), BENCH_CHANNELS (30), BENCH_VERSIONS (5), BENCH_RUNS (7);
 * BENCH_DATABASE_URL measures an already generated database instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { createDb, migrateLatest } from '../server/src/db/knex';
import { generatePricingData, BENCH_PASSWORD as PASSWORD } from './pricing-data';

const SKUS = Number(process.env.BENCH_SKUS ?? 20000);
const CHANNELS = Number(process.env.BENCH_CHANNELS ?? 30);
const VERSIONS = Number(process.env.BENCH_VERSIONS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SEED_DEMO: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

const peakRssMb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function measure(label: string, databaseUrl: string, port: number) {
  const server = await startServer(databaseUrl, port);
  try {
    const base = `http://127.0.0.1:${port}/api`;
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'bench@bench.example', password: PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const get = async (url: string) => {
      const res = await fetch(`${base}${url}`, { headers: { Cookie: cookie } });
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return res;
    };
    const matrixUrl = `/price-matrix?sort=${encodeURIComponent('["code","ASC"]')}&range=${encodeURIComponent('[0,199]')}`;
    await get(matrixUrl); // warm-up
    const matrix: number[] = [];
    for (let i = 0; i < RUNS; i++) matrix.push(await timed(async () => (await get(matrixUrl)).json()));
    const matrixSearch: number[] = [];
    for (let i = 0; i < RUNS; i++) matrixSearch.push(await timed(async () => (await get(`${matrixUrl}&filter=${encodeURIComponent('{"q":"B-0123"}')}`)).json()));
    const parity: number[] = [];
    let parityRows = 0;
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      parity.push(await timed(async () => {
        const res = await get(`/pricing/parity?range=${encodeURIComponent('[0,999]')}`);
        parityRows = Number(res.headers.get('content-range')!.split('/')[1]);
        await res.arrayBuffer();
      }));
    }
    let exportBytes = 0;
    const exportMs = await timed(async () => {
      exportBytes = (await (await get('/price-matrix/export.xlsx')).arrayBuffer()).byteLength;
    });
    console.log(`\n== ${label}`);
    console.log(`first 200 matrix rows      median ${ms(median(matrix))}  (min ${ms(Math.min(...matrix))}, max ${ms(Math.max(...matrix))})   target ≤ 100 ms`);
    console.log(`matrix search (q)          median ${ms(median(matrixSearch))}`);
    console.log(`parity report, ${parityRows} products  median ${ms(median(parity))}   target ≤ 1000 ms`);
    console.log(`XLSX export, ${SKUS} × ${CHANNELS}  ${(exportMs / 1000).toFixed(1)} s, ${(exportBytes / 1e6).toFixed(1)} MB   target ≤ 15 s`);
    console.log(`server peak RSS            ${peakRssMb(server.pid!).toFixed(0)} MB`);
  } finally {
    server.kill('SIGTERM');
  }
}

async function main() {
  if (process.env.BENCH_DATABASE_URL) {
    // Measure an already generated database (e.g. to compare a change without regenerating).
    await measure('existing database', process.env.BENCH_DATABASE_URL, 18499);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxc-bench-'));
  const targets: { label: string; url: string; cleanup?: () => Promise<void> }[] = [{ label: 'SQLite', url: `file:${path.join(dir, 'bench.db')}` }];
  const pgUrl = process.env.BENCH_PG_URL;
  if (pgUrl) {
    const name = `rxc_bench_${process.pid}`;
    const admin = knexFactory({ client: 'pg', connection: pgUrl });
    await admin.raw(`CREATE DATABASE ${name}`);
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    targets.push({ label: 'PostgreSQL', url: url.toString(), cleanup: async () => { await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); await admin.destroy(); } });
  } else {
    console.log('PostgreSQL skipped: set BENCH_PG_URL to run it too.');
  }
  console.log(`Data: ${SKUS} SKUs × ${CHANNELS} channels × ${VERSIONS} versions = ${(SKUS * CHANNELS * VERSIONS).toLocaleString('en')} channel prices; ${os.cpus().length} cores, Node ${process.version}`);
  try {
    for (const [i, target] of targets.entries()) {
      const db = createDb(target.url);
      const genMs = await timed(async () => {
        await migrateLatest(db);
        await generatePricingData(db, { skus: SKUS, channels: CHANNELS, versions: VERSIONS });
      });
      await db.destroy();
      console.log(`${target.label}: generated in ${(genMs / 1000).toFixed(1)} s`);
      await measure(target.label, target.url, 18500 + i);
    }
  } finally {
    for (const t of targets) await t.cleanup?.();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
