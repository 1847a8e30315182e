/**
 * List benchmark (issue 6, "Speed"): 20,000 SKUs, 10 concurrent HTTP clients, req/s and p50 for
 *   (a) a `q` search on /api/skus and (b) filter + sort on /api/skus,
 * on our server (SQLite, and PostgreSQL when BENCH_PG_URL is set) side by side with json-server
 * 0.17.4 (whole data set in memory; fetched with npx here only) serving the same rows. Then one
 * request at a time: its latency against the raw SQL it runs (driver only, no HTTP, no knex).
 *
 *   npm run bench:lists
 *   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:lists
 * Env: BENCH_SKUS (20000), BENCH_SECONDS per case and server (6), BENCH_CLIENTS (10), BENCH_JSON_SERVER=false skips json-server,
 * BENCH_ANALYZE=false leaves the generated data without planner statistics.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { createDb, migrateLatest, type Db } from '../server/src/db/knex';
import { parseListQuery } from '../server/src/http/simple-rest';
import { skusService } from '../server/src/modules/skus/resource';
import { fenToYuan } from '../shared/money';
import { generateListsData, LISTS_EMAIL, LISTS_PASSWORD } from './lists-data';

const SKUS = Number(process.env.BENCH_SKUS ?? 20000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const ROUNDS = 3;
const SINGLE_RUNS = 300;

interface Case { label: string; ours: Record<string, string>; jsonServer: string }
const CASES: Case[] = [
  {
    label: '(a) q search "阿莫西林"',
    ours: { filter: JSON.stringify({ q: '阿莫西林' }), sort: '["code","ASC"]', range: '[0,24]' },
    jsonServer: `q=${encodeURIComponent('阿莫西林')}&_sort=code&_order=asc&_start=0&_end=25`,
  },
  {
    label: '(b) filter + sort',
    ours: { filter: JSON.stringify({ status: 'active', channel_scope: 'online' }), sort: '["name","ASC"]', range: '[0,24]' },
    jsonServer: 'status=active&channel_scope=online&_sort=name&_order=asc&_start=0&_end=25',
  },
];
const oursPath = (c: Case) => `/api/skus?${new URLSearchParams(c.ours)}`;

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

/** One GET over a kept-alive socket (node:http: the load generator must cost less than the servers it measures). */
function get(port: number, url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: url, agent, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    // A server closes sockets idle past its keep-alive timeout (while the others take their turn): send again.
    req.on('error', (err: NodeJS.ErrnoException) => (req.reusedSocket && err.code === 'ECONNRESET' ? get(port, url, headers).then(resolve, reject) : reject(err)));
  });
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

interface Load { count: number; ms: number; latencies: number[] }

/** CLIENTS loops, each sending its next request when the previous answer arrived, for `seconds`. */
async function load(port: number, url: string, headers: Record<string, string>, seconds: number, into?: Load) {
  const start = performance.now();
  const until = start + seconds * 1000;
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    while (performance.now() < until) {
      const sent = performance.now();
      const res = await get(port, url, headers);
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${res.body.slice(0, 200)}`);
      if (into) {
        into.count++;
        into.latencies.push(performance.now() - sent);
      }
    }
  }));
  if (into) into.ms += performance.now() - start;
}

async function waitFor(port: number, url: string, what: string, child?: ChildProcess) {
  for (let i = 0; i < 240 && child?.exitCode == null; i++) {
    try {
      if ((await get(port, url)).status < 500) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not start`);
}

async function startOurs(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SEED_DEMO: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(port, '/api/health', 'our server', child);
  return child;
}

async function startJsonServer(rows: unknown[], dir: string, port: number): Promise<ChildProcess> {
  const file = path.join(dir, 'db.json');
  fs.writeFileSync(file, JSON.stringify({ skus: rows }));
  // Its own process group, so stopping it also stops the server npx starts.
  const child = spawn('npx', ['-y', 'json-server@0.17.4', '--quiet', '--port', String(port), file], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  await waitFor(port, '/skus?_limit=1', 'json-server', child);
  return child;
}

const stop = (child: ChildProcess, group = false) => {
  try {
    if (group) process.kill(-child.pid!, 'SIGTERM');
    else child.kill('SIGTERM');
  } catch { /* already gone */ }
};

/** The SQL one list request runs (captured from the service), timed on a bare driver connection. */
async function rawSqlMs(db: Db, orgId: number, c: Case): Promise<number> {
  const captured: { sql: string; bindings: unknown[] }[] = [];
  const onQuery = (q: { sql: string; bindings: unknown[] }) => captured.push(q);
  db.on('query', onQuery);
  const user = { userId: 0, orgId, role: 'sales' as const, email: LISTS_EMAIL, name: 'Lists', locale: 'en' };
  await skusService.list({ db, user }, parseListQuery(c.ours, skusService.def.list));
  db.off('query', onQuery);
  const pg = db.client.config.client === 'pg';
  const conn = await db.client.acquireConnection();
  try {
    const exec = (sql: string, bindings: unknown[]): Promise<unknown> => pg
      ? conn.query(db.client.positionBindings(sql), bindings)
      : new Promise((resolve, reject) => conn.all(sql, bindings, (err: Error | null, rows: unknown) => (err ? reject(err) : resolve(rows))));
    const times: number[] = [];
    for (let i = 0; i < SINGLE_RUNS; i++) {
      const start = performance.now();
      for (const q of captured) await exec(q.sql, q.bindings);
      times.push(performance.now() - start);
    }
    return percentile(times, 0.5);
  } finally {
    await db.client.releaseConnection(conn);
  }
}

async function singleRequestMs(port: number, url: string, headers: Record<string, string>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < SINGLE_RUNS; i++) {
    const start = performance.now();
    await get(port, url, headers);
    times.push(performance.now() - start);
  }
  return percentile(times, 0.5);
}

interface Target {
  name: string;
  port: number;
  headers: Record<string, string>;
  path: (c: Case) => string;
  totalHeader: string;
  /** Ours only: the database, to time the raw SQL. */
  db?: Db;
  orgId?: number;
  stop: () => void;
}

interface Row { target: string; label: string; rps: number; p50: number; total: string; single?: number; raw?: number }

async function generate(label: string, url: string): Promise<{ db: Db; orgId: number }> {
  const db = createDb(url);
  const start = performance.now();
  await migrateLatest(db);
  const orgId = await generateListsData(db, SKUS);
  console.log(`${label}: generated ${SKUS} SKUs in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return { db, orgId };
}

async function startOursTarget(label: string, url: string, port: number, data: { db: Db; orgId: number }): Promise<Target> {
  const server = await startOurs(url, port);
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: LISTS_EMAIL, password: LISTS_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login: ${login.status}`);
  return {
    name: `ours, ${label}`, port, headers: { Cookie: login.headers.get('set-cookie')!.split(';')[0] }, path: oursPath,
    totalHeader: 'content-range', ...data, stop: () => stop(server),
  };
}

async function startJsonServerTarget(db: Db, dir: string, port: number): Promise<Target> {
  const records = (await db('skus').orderBy('id').select('*')).map(({ org_id: _org, ...r }) => ({ ...r, guide_price: fenToYuan(Number(r.guide_price)) }));
  const server = await startJsonServer(records, dir, port);
  return { name: 'json-server 0.17.4', port, headers: {}, path: (c) => `/skus?${c.jsonServer}`, totalHeader: 'x-total-count', stop: () => stop(server, true) };
}

/**
 * Each case: every server gets a warm-up, then ROUNDS turns of SECONDS / ROUNDS each, taken in turn, so
 * a change in the machine's load (other work on a shared box) touches every server alike.
 */
async function measure(targets: Target[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of CASES) {
    const loads = new Map(targets.map((t) => [t, { count: 0, ms: 0, latencies: [] } as Load]));
    for (const t of targets) await load(t.port, t.path(c), t.headers, 1);
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of targets) await load(t.port, t.path(c), t.headers, SECONDS / ROUNDS, loads.get(t));
    }
    for (const t of targets) {
      const l = loads.get(t)!;
      const first = await get(t.port, t.path(c), t.headers);
      const total = String(first.headers[t.totalHeader]).split('/').pop()!;
      const single = t.db ? await singleRequestMs(t.port, t.path(c), t.headers) : undefined;
      const raw = t.db ? await rawSqlMs(t.db, t.orgId!, c) : undefined;
      rows.push({ target: t.name, label: c.label, rps: l.count / (l.ms / 1000), p50: percentile(l.latencies, 0.5), total, single, raw });
    }
  }
  return rows;
}

function print(rows: Row[]) {
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
  console.log(`\n${pad('case', 26)}${pad('server', 22)}${pad('req/s', 10)}${pad('p50', 11)}${pad('rows', 7)}${pad('vs json-server', 16)}single req / raw SQL (p50)`);
  for (const c of CASES) {
    const ref = rows.find((r) => r.label === c.label && r.target.startsWith('json-server'));
    for (const row of rows.filter((r) => r.label === c.label)) {
      const ratio = ref && row !== ref ? `${(row.rps / ref.rps).toFixed(1)}×` : '';
      const single = row.single === undefined ? '' : `${row.single.toFixed(2)} ms / ${row.raw!.toFixed(2)} ms (+${(row.single - row.raw!).toFixed(2)} ms)`;
      console.log(`${pad(c.label, 26)}${pad(row.target, 22)}${pad(row.rps.toFixed(0), 10)}${pad(`${row.p50.toFixed(2)} ms`, 11)}${pad(row.total, 7)}${pad(ratio, 16)}${single}`);
    }
  }
  console.log('Targets: ≥ 20× json-server req/s in both cases; a single request within 2 ms of its raw SQL.');
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxc-bench-lists-'));
  const sqliteUrl = `file:${path.join(dir, 'lists.db')}`;
  const targets: Target[] = [];
  const dbs: Db[] = [];
  let dropPg: (() => Promise<void>) | undefined;
  console.log(`${SKUS} SKUs, ${CLIENTS} concurrent clients, ${SECONDS} s per case and server in ${ROUNDS} interleaved turns; ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`);
  try {
    const sqlite = await generate('SQLite', sqliteUrl);
    dbs.push(sqlite.db);
    targets.push(await startOursTarget('SQLite', sqliteUrl, 18600, sqlite));
    const pgUrl = process.env.BENCH_PG_URL;
    if (pgUrl) {
      const name = `rxc_bench_lists_${process.pid}`;
      const admin = knexFactory({ client: 'pg', connection: pgUrl });
      await admin.raw(`CREATE DATABASE ${name}`);
      dropPg = async () => { await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); await admin.destroy(); };
      const url = new URL(pgUrl);
      url.pathname = `/${name}`;
      const pg = await generate('PostgreSQL', url.toString());
      dbs.push(pg.db);
      targets.push(await startOursTarget('PostgreSQL', url.toString(), 18601, pg));
    } else {
      console.log('PostgreSQL skipped: set BENCH_PG_URL to run it too.');
    }
    if (process.env.BENCH_JSON_SERVER !== 'false') targets.push(await startJsonServerTarget(sqlite.db, dir, 18602));
    print(await measure(targets));
    console.log(`load average at the end ${os.loadavg()[0].toFixed(1)}`);
  } finally {
    for (const t of targets) t.stop();
    agent.destroy();
    for (const db of dbs) await db.destroy();
    await dropPg?.();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
