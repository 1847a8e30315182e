/**
 * Bundle benchmark (issue 6, "Speed"): what the browser downloads for each first screen.
 *
 *   npm run bench:bundle
 *
 * Builds the client when dist/client is missing or older than its sources (BENCH_BUILD=1 always
 * builds), starts the real server on a fresh demo database, and loads in Debian's chromium, each
 * time in a fresh browser context (empty cache):
 *   (a) the login page;
 *   (b) the app shell with its landing screen (its rows shown), for a signed-in admin (cold cache,
 *       session cookie);
 *   (c) what signing in on the login page adds on top of (a).
 * For each it prints the encoded (compressed, as sent on the wire) body bytes per resource type,
 * the decoded size beside them, and the largest chunks, and checks that no first screen loads AG
 * Grid, recharts or the zxcvbn dictionaries. Target: (a) and (b) ≤ 300 kB each; exits 1 otherwise.
 * Env: CHROMIUM_PATH (/usr/bin/chromium), BENCH_TARGET_KB (300), BENCH_TOP (8).
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { startServer } from '../e2e/support/server';
import { repoRoot } from '../e2e/support/paths';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGET_KB = Number(process.env.BENCH_TARGET_KB ?? 300);
const TOP = Number(process.env.BENCH_TOP ?? 8);
const ADMIN = { email: 'admin@huaxin.example', password: 'rxchannel-demo' };

const clientDir = path.join(repoRoot, 'dist', 'client');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

interface Loaded {
  url: string;
  /** Decoded text of a script, to look for code that belongs to a screen of its own. */
  text?: string;
  type: string;
  status: number;
  encoding: string;
  /** Body bytes as transferred (after Content-Encoding). */
  encoded: number;
  /** Body bytes after decoding. */
  decoded: number;
  headers: number;
}

/** Newest modification time under `dir` (files only), skipping tests. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /\.test\.tsx?$/.test(entry.name)) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function buildIfNeeded(): void {
  const index = path.join(clientDir, 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(path.join(repoRoot, 'client')),
    newestMtime(path.join(repoRoot, 'shared')),
    fs.statSync(path.join(repoRoot, 'vite.config.ts')).mtimeMs,
    fs.statSync(path.join(repoRoot, 'package-lock.json')).mtimeMs,
  );
  if (process.env.BENCH_BUILD === '1' || built < sources) {
    console.log(built ? 'dist/client is older than its sources: building…' : 'dist/client is missing: building…');
    execSync('npx vite build', { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

const within = <T>(promise: Promise<T>, ms: number): Promise<T | null> =>
  Promise.race([promise.catch(() => null), new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);

/**
 * Records every response of `page` with its transfer sizes, until `collect()` is called.
 * `quiet()` waits until no request has started or ended for a while (the page's own idea of
 * "network idle" never comes when the app leaves a body unread, e.g. a 401 from /api/auth/me).
 */
function recorder(page: Page) {
  const responses: Response[] = [];
  let lastActivity = Date.now();
  const onResponse = (res: Response) => responses.push(res);
  const onActivity = () => (lastActivity = Date.now());
  page.on('response', onResponse);
  page.on('request', onActivity);
  page.on('requestfinished', onActivity);
  return {
    async quiet(ms = 1000): Promise<void> {
      while (Date.now() - lastActivity < ms) await new Promise((r) => setTimeout(r, 100));
    },
    async collect(): Promise<Loaded[]> {
      page.off('response', onResponse);
      page.off('request', onActivity);
      page.off('requestfinished', onActivity);
      const loaded: Loaded[] = [];
      for (const res of responses) {
        const request = res.request();
        // Waits for the body to finish; a redirect has none. A body the page never read counts by its Content-Length.
        const sizes = await within(request.sizes(), 2_000);
        const body = await within(res.body(), 2_000);
        const length = Number((await res.headerValue('content-length')) ?? 0);
        loaded.push({
          url: new URL(res.url()).pathname,
          type: request.resourceType(),
          status: res.status(),
          encoding: (await res.headerValue('content-encoding')) ?? 'identity',
          encoded: sizes?.responseBodySize ?? length,
          decoded: body?.length ?? length,
          headers: sizes?.responseHeadersSize ?? 0,
          text: request.resourceType() === 'script' ? body?.toString('utf8') : undefined,
        });
      }
      return loaded;
    },
  };
}

/** Code that must load only with its own screen, and a string found in its bundled form. */
const HEAVY = [
  { name: 'AG Grid', marker: /\bag-root\b|ag-grid-community/ },
  { name: 'recharts', marker: /recharts-(wrapper|surface)/ },
  { name: 'zxcvbn dictionaries', marker: /iloveyou/ },
];

let heavyFound = false;

function report(title: string, loaded: Loaded[]): number {
  const total = loaded.reduce((sum, r) => sum + r.encoded, 0);
  const decoded = loaded.reduce((sum, r) => sum + r.decoded, 0);
  const headers = loaded.reduce((sum, r) => sum + r.headers, 0);
  console.log(`\n== ${title}`);
  console.log(`   ${loaded.length} responses, ${kB(total)} transferred (bodies; ${kB(decoded)} decoded; +${kB(headers)} headers)`);
  const byType = new Map<string, { n: number; encoded: number; decoded: number }>();
  for (const r of loaded) {
    const t = byType.get(r.type) ?? { n: 0, encoded: 0, decoded: 0 };
    t.n++;
    t.encoded += r.encoded;
    t.decoded += r.decoded;
    byType.set(r.type, t);
  }
  console.log('   type          count   transferred      decoded');
  for (const [type, t] of [...byType].sort((a, b) => b[1].encoded - a[1].encoded)) {
    console.log(`   ${type.padEnd(12)} ${String(t.n).padStart(6)} ${kB(t.encoded).padStart(12)} ${kB(t.decoded).padStart(12)}`);
  }
  const heavy = HEAVY.filter((h) => loaded.some((r) => r.text && h.marker.test(r.text))).map((h) => h.name);
  if (heavy.length) heavyFound = true;
  console.log(`   screen code on this first screen (${HEAVY.map((h) => h.name).join(', ')}): ${heavy.length ? `${heavy.join(', ')} FOUND` : 'none'}`);
  const plain = loaded.filter((r) => r.encoding === 'identity' && r.decoded > 1024 && ['document', 'script', 'stylesheet', 'fetch', 'xhr'].includes(r.type));
  console.log(`   sent uncompressed (over 1 kB): ${plain.length ? plain.map((r) => `${r.url} (${kB(r.decoded)})`).join(', ') : 'none'}`);
  console.log(`   largest:`);
  for (const r of [...loaded].sort((a, b) => b.encoded - a.encoded).slice(0, TOP)) {
    console.log(`   ${kB(r.encoded).padStart(10)} ${r.encoding.padEnd(8)} (${kB(r.decoded).padStart(9)})  ${r.url}`);
  }
  return total;
}

async function signIn(page: Page): Promise<void> {
  await page.locator('input[name="email"]').fill(ADMIN.email);
  await page.locator('input[name="password"]').fill(ADMIN.password);
  await page.locator('form button[type="submit"]').click();
  await waitForShell(page);
}

/** The app shell is there (user menu, side menu) and its landing screen shows its data. */
async function waitForShell(page: Page): Promise<void> {
  await page.locator('.RaUserMenu-userButton').waitFor();
  await page.locator('a[role="menuitem"][href="#/products"]').waitFor();
  // The landing screen is the dashboard: its figures are in once the trend has drawn (a list: its rows).
  await page.locator('[data-testid="dashboard-trend"] .rx-trend-line, .RaDatagrid-tbody tr, .RaList-noResults, .RaEmpty-message').first().waitFor();
}

async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(30_000);
  return context;
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-zenhei`);
  }
  buildIfNeeded();
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const results: { title: string; bytes: number; target: boolean }[] = [];
  try {
    // (a) the login page, cold; then (c) signing in from it.
    const first = await newContext(browser, server.baseUrl);
    const page = await first.newPage();
    let rec = recorder(page);
    await page.goto('/#/login');
    await page.locator('input[name="email"]').waitFor();
    await rec.quiet();
    results.push({ title: '(a) login page, empty cache', bytes: report('(a) login page, empty cache', await rec.collect()), target: true });

    rec = recorder(page);
    await signIn(page);
    await rec.quiet();
    const landing = page.url().split('#')[1] ?? '/';
    results.push({ title: `(c) signing in from (a), landing on #${landing}`, bytes: report(`(c) signing in from (a): what it adds, landing on #${landing}`, await rec.collect()), target: false });
    const cookies = await first.cookies();
    await first.close();

    // (b) the app shell, cold cache, for a signed-in admin.
    const second = await newContext(browser, server.baseUrl);
    await second.addCookies(cookies);
    const shellPage = await second.newPage();
    rec = recorder(shellPage);
    await shellPage.goto('/');
    await waitForShell(shellPage);
    await rec.quiet();
    results.push({ title: `(b) app shell + landing screen #${shellPage.url().split('#')[1] ?? '/'}, empty cache, signed in`, bytes: report(`(b) app shell + landing screen, empty cache, signed in as ${ADMIN.email}`, await rec.collect()), target: true });
    await second.close();
  } finally {
    await browser.close();
    await server.stop();
  }

  console.log(`\n== Summary (encoded bytes, target ≤ ${TARGET_KB} kB for each first screen)`);
  let failed = false;
  for (const r of results) {
    const ok = r.bytes <= TARGET_KB * 1000;
    if (r.target && !ok) failed = true;
    console.log(`   ${kB(r.bytes).padStart(10)}  ${r.target ? (ok ? 'ok  ' : 'OVER') : '    '}  ${r.title}`);
  }
  if (heavyFound) console.log('   a first screen loads code that belongs to a lazy screen (see above)');
  if (failed || heavyFound) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
