/**
 * Reads during a long write (issue 6): commits a 20,000-row price sheet into the demo company
 * while 10 clients keep listing SKUs, and prints the list latency (p50 / p99 / max) with and
 * without the import running, plus how the import's progress advanced.
 *
 *   npm run bench:import-latency        SQLite (temp file; the case that used to stall)
 *   BENCH_DATABASE_URL=postgres://…     another database
 * Env: BENCH_ROWS (20000).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROWS = Number(process.env.BENCH_ROWS ?? 20000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);

const freePort = () => new Promise<number>((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as net.AddressInfo;
    probe.close(() => resolve(port));
  });
});

async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SEED_DEMO: 'true', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxc-import-bench-'));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dir, 'bench.db')}`;
  const port = await freePort();
  const server = await startServer(databaseUrl, port);
  const base = `http://127.0.0.1:${port}/api`;
  try {
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'sales@huaxin.example', password: 'rxchannel-demo' }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const api = async (url: string, init: RequestInit = {}) => {
      const res = await fetch(`${base}${url}`, { ...init, headers: { Cookie: cookie, ...(init.body && typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : {}), ...init.headers } });
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return res.json();
    };

    // A price sheet of ROWS distinct cells × dates, every row valid for its SKU's channel scope.
    const skus: { code: string; channel_scope: string }[] = await api('/skus?range=[0,999]');
    const channels: { code: string; type: string }[] = await api('/channels?range=[0,999]');
    const cells = skus.flatMap((s) => channels.filter((c) => s.channel_scope === 'all' || s.channel_scope === c.type).map((c) => [s.code, c.code]));
    const lines = ['SKU,Channel,Price,From'];
    for (let day = 0; lines.length <= ROWS; day++) {
      const from = new Date(Date.UTC(2030, 0, 1 + day)).toISOString().slice(0, 10);
      for (const [sku, channel] of cells) {
        if (lines.length > ROWS) break;
        lines.push(`${sku},${channel},${(50 + (day % 40) + lines.length % 7).toFixed(2)},${from}`);
      }
    }
    const form = new FormData();
    form.append('file', new Blob([lines.join('\n')], { type: 'text/csv' }), 'bench-prices.csv');
    const job = await api('/price-imports', { method: 'POST', body: form });
    const mapping = { sku: 'SKU', channel: 'Channel', price: 'Price', effective_from: 'From' };

    const listLatencies = async (until: () => boolean) => {
      const latencies: number[] = [];
      await Promise.all(Array.from({ length: CLIENTS }, async (_, i) => {
        while (!until()) {
          const start = performance.now();
          await api(`/skus?sort=["name","ASC"]&range=[${i * 10},${i * 10 + 24}]`);
          latencies.push(performance.now() - start);
        }
      }));
      return latencies;
    };

    const idleEnd = performance.now() + 3000;
    const idle = await listLatencies(() => performance.now() > idleEnd);

    let committing = true;
    const progress: { at: number; processed: number }[] = [];
    const started = performance.now();
    const commit = api(`/price-imports/${job.id}/commit`, { method: 'POST', body: JSON.stringify(mapping) }).finally(() => { committing = false; });
    const poll = (async () => {
      while (committing) {
        const state = await api(`/price-imports/${job.id}`);
        progress.push({ at: performance.now() - started, processed: state.processed_rows });
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    const busy = await listLatencies(() => !committing);
    const result = await commit;
    await poll;
    const commitMs = performance.now() - started;

    const row = (label: string, xs: number[]) =>
      console.log(`| ${label.padEnd(28)} | ${String(xs.length).padStart(6)} | ${percentile(xs, 50).toFixed(1).padStart(7)} | ${percentile(xs, 99).toFixed(1).padStart(7)} | ${Math.max(...xs).toFixed(1).padStart(7)} |`);
    console.log(`\nGET /api/skus with ${CLIENTS} clients, ${databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}; import of ${ROWS} rows committed in ${(commitMs / 1000).toFixed(1)} s (${JSON.stringify(result)})\n`);
    console.log('| while                        | reqs   | p50 ms  | p99 ms  | max ms  |');
    console.log('|---|---|---|---|---|');
    row('idle', idle);
    row('a 20,000-row commit runs', busy);
    const distinct = [...new Set(progress.map((p) => p.processed))];
    console.log(`\nprogress samples (every 250 ms): ${progress.length}, distinct values: ${distinct.length}, e.g. ${progress.filter((_, i) => i % Math.max(1, Math.floor(progress.length / 8)) === 0).map((p) => `${(p.at / 1000).toFixed(1)}s:${p.processed}`).join(' ')}`);
  } finally {
    server.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
