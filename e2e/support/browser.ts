import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { artifactsDir, chromiumPath, slug } from './paths';
import { startServer, type RunningServer } from './server';
import './provided';

export const VIEWPORT = { width: 1280, height: 800 };

/** Page errors matching one of these do not fail a test. Keep it empty unless a known, harmless one appears. */
const ALLOWED_PAGE_ERRORS: RegExp[] = [];

/**
 * Console errors that are part of normal use: the login screen asks /api/auth/me whether a session
 * exists (401 when not). Any other console error (a React render error caught by react-admin's
 * error boundary, a failed request, a failed chunk load) fails the test.
 */
const ALLOWED_CONSOLE_ERRORS: RegExp[] = [/status of 401 .*\/api\/auth\/me\b/];

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium is missing at ${chromiumPath}: apt-get update && apt-get install -y chromium fonts-wqy-zenhei`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Resolves after the browser has laid out and painted twice (after a resize, say). */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

export interface E2E {
  readonly baseUrl: string;
  /** A fresh page in a fresh browser context (no cookies, no local storage) for each test. */
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors seen in the current test so far. */
  readonly consoleErrors: string[];
  /** Lets the current test produce console errors matching `pattern` (e.g. a 403 it provokes on purpose). */
  allowConsoleErrors: (pattern: RegExp) => void;
  /**
   * Saves a full-page screenshot into e2e/artifacts and returns its path. `width` resizes the window
   * (height unchanged) for this shot only; the page is laid out again before and after.
   */
  screenshot: (name: string, options?: { fullPage?: boolean; width?: number }) => Promise<string>;
}

/**
 * Registers the hooks of a browser spec file: one chromium for the file, a new context per test,
 * page errors and unexpected console errors fail the test, a failing test leaves
 * e2e/artifacts/failure-<test>.png behind.
 * `freshServer` gives the file a server of its own on a new demo database (the others share one).
 */
export function useBrowser({ freshServer = false }: { freshServer?: boolean } = {}): E2E {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const allowedInTest: RegExp[] = [];
  let baseUrl = inject('baseUrl');

  const screenshot = async (name: string, { fullPage = true, width }: { fullPage?: boolean; width?: number } = {}) => {
    if (!page) throw new Error('No page is open');
    const file = path.join(artifactsDir, `${name}.png`);
    const before = page.viewportSize() ?? VIEWPORT;
    const resize = width !== undefined && width !== before.width;
    if (resize) {
      await page.setViewportSize({ width, height: before.height });
      await nextFrames(page);
    }
    try {
      await page.screenshot({ path: file, fullPage, animations: 'disabled' });
    } finally {
      if (resize && !page.isClosed()) {
        await page.setViewportSize(before);
        await nextFrames(page);
      }
    }
    return file;
  };

  beforeAll(async () => {
    fs.mkdirSync(artifactsDir, { recursive: true });
    if (freshServer) {
      server = await startServer();
      baseUrl = server.baseUrl;
    }
    browser = await launchChromium();
  });

  beforeEach(async () => {
    pageErrors.length = 0;
    consoleErrors.length = 0;
    allowedInTest.length = 0;
    context = await browser!.newContext({ baseURL: baseUrl, viewport: VIEWPORT, locale: 'en-US', timezoneId: 'Asia/Shanghai' });
    context.setDefaultTimeout(15_000);
    context.setDefaultNavigationTimeout(30_000);
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.stack ?? err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
    });
  });

  afterEach(async ({ task }) => {
    const unexpected = [
      ...pageErrors.filter((e) => !ALLOWED_PAGE_ERRORS.some((re) => re.test(e))).map((e) => `page error: ${e}`),
      ...consoleErrors.filter((e) => ![...ALLOWED_CONSOLE_ERRORS, ...allowedInTest].some((re) => re.test(e))).map((e) => `console error: ${e}`),
    ];
    const failed = task.result?.state === 'fail' || unexpected.length > 0;
    try {
      if (failed && page && !page.isClosed()) {
        const file = path.join(artifactsDir, `failure-${slug(task.fullTestName ?? task.name)}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        console.error(`[e2e] "${task.name}" failed at ${page.url()}; screenshot: ${path.relative(process.cwd(), file)}`);
        if (consoleErrors.length) console.error(`[e2e] browser console errors:\n  ${consoleErrors.join('\n  ')}`);
      }
    } finally {
      await context?.close().catch(() => undefined);
      context = undefined;
      page = undefined;
    }
    if (unexpected.length) {
      throw new Error(`Unexpected error(s) in the browser:\n${unexpected.join('\n---\n')}`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    if (server) {
      fs.writeFileSync(path.join(artifactsDir, 'server-fresh.log'), server.log());
      await server.stop();
    }
  });

  return {
    get baseUrl() {
      return baseUrl;
    },
    get page() {
      if (!page) throw new Error('The page exists only inside a test');
      return page;
    },
    get context() {
      if (!context) throw new Error('The browser context exists only inside a test');
      return context;
    },
    consoleErrors,
    allowConsoleErrors: (pattern) => allowedInTest.push(pattern),
    screenshot,
  };
}
