/**
 * Upload abuse benchmark (issue 6, item 1): starts the real server on a fresh SQLite file, logs in
 * as a sales user and uploads each hostile file while sampling the server's RSS every 50 ms and
 * polling /api/health. Prints per upload: status, time to answer, peak RSS, max health latency.
 * Target: peak RSS under 400 MB and /api/health answering throughout.
 *
 *   node --import tsx bench/upload-abuse.ts
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { xlsxBomb, xlsxWide } from '../server/test/support/hostile-files';

const OUT = path.resolve('bench/out');
fs.mkdirSync(OUT, { recursive: true });

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function cached(name: string, make: (file: string) => Promise<void> | void): Promise<string> | string {
  const file = path.join(OUT, name);
  if (fs.existsSync(file)) return file;
  console.log(`generating ${name} …`);
  return Promise.resolve(make(file)).then(() => file);
}

async function files() {
  const csv = await cached('abuse-9.5M-rows.csv', (file) => {
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, 'SKU\n');
    const block = Buffer.from('a\n'.repeat(500_000));
    for (let i = 0; i < 19; i++) fs.writeSync(fd, block);
    fs.closeSync(fd);
  });
  const million = await cached('abuse-1M-rows.xlsx', async (file) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
    const sheet = workbook.addWorksheet('Prices');
    sheet.addRow(['n']).commit();
    for (let i = 0; i < 1_000_000; i++) sheet.addRow([i % 10]).commit();
    sheet.commit();
    await workbook.commit();
  });
  const bomb = await cached('abuse-bomb-200MB-cell.xlsx', (file) => fs.writeFileSync(file, xlsxBomb(200 * 1024 * 1024)));
  const wide = await cached('abuse-16000-columns.xlsx', (file) => fs.writeFileSync(file, xlsxWide(16_000)));
  const valid = await cached('valid-100k-rows.csv', (file) => {
    const lines = ['SKU,Channel,Price,Effective from'];
    for (let i = 0; i < 100_000; i++) lines.push(`HX-AMX-024,JD,${(10 + (i % 500) / 100).toFixed(2)},2030-01-01`);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
  });
  return [
    { name: '19 MB CSV, 9.5 M one-letter rows', file: csv, upload: 'rows.csv' },
    { name: '1 M-row XLSX', file: million, upload: 'million.xlsx' },
    { name: 'XLSX zip bomb, one 200 MB cell', file: bomb, upload: 'bomb.xlsx' },
    { name: 'XLSX with 16,000 columns', file: wide, upload: 'wide.xlsx' },
    { name: '(control) valid 100,000-row CSV', file: valid, upload: 'valid.csv' },
  ];
}

/** Polls /api/health from its own thread, so the uploading client's own work never inflates the figure. */
const HEALTH_POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
let max = 0, failures = 0, stopped = false;
parentPort.on('message', (m) => {
  parentPort.postMessage({ max, failures });
  max = 0; failures = 0;
  if (m === 'stop') stopped = true;
});
(async () => {
  while (!stopped) {
    const started = performance.now();
    const ok = await fetch(workerData + '/api/health', { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
    max = Math.max(max, performance.now() - started);
    if (!ok) failures++;
    await new Promise((r) => setTimeout(r, 50));
  }
})();
`;

function startHealthPoller(base: string) {
  const worker = new Worker(HEALTH_POLLER, { eval: true, workerData: base });
  const ask = (m: string) => new Promise<{ max: number; failures: number }>((resolve) => {
    worker.once('message', resolve);
    worker.postMessage(m);
  });
  return { reset: () => ask('reset'), stop: () => ask('stop').finally(() => worker.terminate()) };
}

const rssMb = (pid: number): number => {
  const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return match ? Number(match[1]) / 1024 : 0;
};

async function main() {
  const hostile = await files();
  const dbFile = path.join(os.tmpdir(), `rxc-upload-bench-${process.pid}.db`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, SEED_DEMO: 'true', PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    child.kill('SIGTERM');
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  };
  try {
    for (let i = 0; ; i++) {
      const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      if (i > 600 || child.exitCode !== null) throw new Error('the server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    const attempt = () => fetch(`${base}/api/auth/login`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'sales@huaxin.example', password: 'rxchannel-demo' }),
    });
    const login = await attempt().catch(() => new Promise((r) => setTimeout(r, 1000)).then(attempt));
    if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    console.log(`server pid ${child.pid}, idle RSS ${rssMb(child.pid!).toFixed(0)} MB\n`);

    const health = startHealthPoller(base);
    await new Promise((r) => setTimeout(r, 1000));
    const results = [];
    for (const abuse of hostile) {
      const bytes = fs.readFileSync(abuse.file);
      let peak = rssMb(child.pid!);
      const sampler = setInterval(() => {
        try {
          peak = Math.max(peak, rssMb(child.pid!));
        } catch {
          /* the process is gone: reported below */
        }
      }, 50);
      await health.reset();
      const form = new FormData();
      form.append('file', new Blob([bytes]), abuse.upload);
      const started = performance.now();
      const res = await fetch(`${base}/api/price-imports`, { method: 'POST', headers: { Cookie: cookie }, body: form });
      const body = (await res.json().catch(() => ({}))) as { key?: string; message?: string };
      const elapsed = performance.now() - started;
      await new Promise((r) => setTimeout(r, 300)); // let the sampler see any late growth
      const { max: maxHealth, failures: healthFailures } = await health.reset();
      clearInterval(sampler);
      results.push({
        upload: abuse.name,
        size: `${(bytes.length / 1024 / 1024).toFixed(2)} MB`,
        status: res.status,
        answer: res.ok ? 'accepted' : body.key ?? body.message,
        'time (ms)': Math.round(elapsed),
        'peak RSS (MB)': Math.round(peak),
        'max /api/health (ms)': Math.round(maxHealth),
        'health failures': healthFailures,
      });
      if (child.exitCode !== null) throw new Error(`the server died during "${abuse.name}"`);
    }
    await health.stop();
    console.table(results);
    const worst = Math.max(...results.map((r) => r['peak RSS (MB)']));
    const failures = results.reduce((n, r) => n + r['health failures'], 0);
    console.log(`\nworst peak RSS ${worst} MB (target < 400), health failures ${failures} (target 0)`);
    process.exitCode = worst < 400 && failures === 0 ? 0 : 1;
  } finally {
    stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
