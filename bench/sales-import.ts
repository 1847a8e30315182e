/**
 * Sales file import at scale (issue 8): writes a sell-through CSV of BENCH_IMPORT_LINES lines
 * (default 1,000,000; two lines per document, a year of days, the demo catalog), uploads it to a
 * server started here, runs the import and prints the upload and run times, lines per second, the
 * server's peak RSS, and what logins during the run saw (the final apply must not make one fail).
 *
 *   npm run bench:sales-import                  SQLite (temp file)
 *   BENCH_DATABASE_URL=postgres://… npm run bench:sales-import
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startServer, stopServer } from './server';

const LINES = Number(process.env.BENCH_IMPORT_LINES ?? 1_000_000);
let importDone: { phases?: Record<string, number> } | undefined;

const peakRssMb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? 0;

const BUYERS = [['仁心大药房(天河店)', '零售药店', '广东', '广州'], ['百姓缘连锁药店', '连锁药店', '四川', '成都'], ['城南社区卫生服务中心', '基层医疗', '江苏省', '南京市'],
  ['第一人民医院', '医院', '北京', '北京市'], ['康宁诊所', '诊所', '河南省', '郑州市'], ['益丰大药房', '连锁药店', '湖南', '长沙']];

async function writeFile(file: string, skuCodes: string[]) {
  const out = fs.createWriteStream(file);
  const write = (text: string) => (out.write(text) ? undefined : new Promise<void>((r) => out.once('drain', () => r())));
  await write('单据日期,单据编号,客户名称,客户类型,省,市,商品编码,商品名称,规格,批号,数量,单价,金额\n');
  for (let i = 0; i < LINES; i++) {
    const doc = Math.floor(i / 2);
    const day = new Date(Date.UTC(2025, 0, 1 + (doc % 365))).toISOString().slice(0, 10);
    const [name, type, province, city] = BUYERS[doc % BUYERS.length];
    const qty = 1 + (i % 40);
    const price = (10 + (i % 50) / 2).toFixed(2);
    await write(`${day},BENCH${String(doc).padStart(8, '0')},${name}${doc % 97},${type},${province},${city},${skuCodes[i % skuCodes.length]},品名,规格,B${i % 9},${qty},${price},${(qty * Number(price)).toFixed(2)}\n`);
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxc-sales-import-bench-'));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dir, 'bench.db')}`;
  const port = await freePort();
  // Seed the demo company, then restart: the RSS measured is a serving process's, not the seeder's.
  await stopServer(await startServer(databaseUrl, port, true));
  const server = await startServer(databaseUrl, port, false, (line) => {
    // The run's phase timings come from its "sales import done" record.
    if (line.includes('"sales import done"')) importDone = JSON.parse(line);
  });
  const base = `http://127.0.0.1:${port}/api`;
  const login = async () => {
    const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'sales@huaxin.example', password: 'rxchannel-demo' }) });
    if (!res.ok) throw new Error(`login ${res.status}`);
    return res.headers.get('set-cookie')!.split(';')[0];
  };
  try {
    const cookie = await login();
    const api = async (url: string, init: RequestInit = {}) => {
      const res = await fetch(`${base}${url}`, { ...init, headers: { Cookie: cookie, ...(init.body && typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : {}), ...init.headers } });
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const skus: { code: string }[] = await api('/skus?range=[0,999]');
    const channels: { id: number; platform: string }[] = await api('/channels?range=[0,999]');
    const distributor = channels.find((c) => c.platform === 'distributor')!;
    const file = path.join(dir, 'sell-through.csv');
    await writeFile(file, skus.map((s) => s.code));
    const mb = fs.statSync(file).size / 1024 / 1024;
    const baseRss = rssMb(server.pid!);

    const form = new FormData();
    form.append('kind', 'sell_through');
    form.append('channel_id', String(distributor.id));
    form.append('file', await fs.openAsBlob(file, { type: 'text/csv' }), 'sell-through.csv');
    const uploadStart = performance.now();
    let uploadPeak = 0;
    const sampler = setInterval(() => { uploadPeak = Math.max(uploadPeak, rssMb(server.pid!)); }, 200);
    const job = await api('/sales-imports', { method: 'POST', body: form });
    clearInterval(sampler);
    const uploadS = (performance.now() - uploadStart) / 1000;

    const runStart = performance.now();
    await api(`/sales-imports/${job.id}/commit`, { method: 'POST', body: JSON.stringify({ mapping: job.suggested_mapping, replace_period: false }) }); // the demo has sell-through for these days: add, do not replace
    const logins: number[] = [];
    let loginFailures = 0;
    let status = job;
    let polls = 0;
    const timeline: string[] = [];
    while (true) {
      status = await api(`/sales-imports/${job.id}`);
      timeline.push(`${((performance.now() - runStart) / 1000).toFixed(0)}s ${status.processed_rows} ${rssMb(server.pid!).toFixed(0)}MB`);
      if (status.status !== 'running') break;
      if (polls++ % 4 === 0) {
        const start = performance.now();
        try {
          await login();
          logins.push(performance.now() - start);
        } catch {
          loginFailures++;
        }
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const runS = (performance.now() - runStart) / 1000;
    if (status.status !== 'done') throw new Error(`import ended ${status.status}: ${JSON.stringify(status.error ?? status.row_errors?.slice(0, 3))}`);
    console.log(`database: ${databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}; file: ${LINES.toLocaleString('en')} lines, ${mb.toFixed(1)} MB CSV`);
    console.log(`upload (stream → staging): ${uploadS.toFixed(1)} s; run (check, stage, apply): ${runS.toFixed(1)} s`);
    console.log(`import rate: ${Math.round(LINES / (uploadS + runS)).toLocaleString('en')} lines/s end to end (${Math.round(LINES / runS).toLocaleString('en')} lines/s for the run)`);
    console.log(`orders created: ${status.created.toLocaleString('en')}; server RSS before ${baseRss.toFixed(0)} MB, peak ${peakRssMb(server.pid!).toFixed(0)} MB (target ≤ 300 MB)`);
    console.log(`upload RSS peak ${uploadPeak.toFixed(0)} MB; run timeline (time, rows staged, RSS): ${timeline.filter((_, i) => i % 8 === 0).join(' | ')}`);
    console.log(`logins during the run: ${logins.length}, failed ${loginFailures}, p50 ${percentile(logins, 50).toFixed(0)} ms, max ${Math.max(0, ...logins).toFixed(0)} ms`);

  } finally {
    // The server's log is buffered: its run record arrives when it exits.
    await new Promise((resolve) => { server.once('exit', resolve); server.kill('SIGTERM'); });
    if (importDone) console.log(`run phases (ms since the run started): ${JSON.stringify(importDone.phases)}`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
