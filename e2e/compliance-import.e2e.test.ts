import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { apiAs } from './support/api';
import { useBrowser } from './support/browser';
import { artifactsDir } from './support/paths';
import { AppShell } from './pages/AppShell';
import { CompliancePage } from './pages/CompliancePage';
import { ImportWizardPage } from './pages/ImportWizardPage';
import { ListPage } from './pages/ListPage';
import { LoginPage } from './pages/LoginPage';
import { ViolationListPage, ViolationShowPage } from './pages/ViolationPages';

// Its own server: the compliance figures move by exactly this file's sheet.
const e2e = useBrowser({ freshServer: true });

const SALES = 'sales@huaxin.example';
const MANAGER = 'manager@huaxin.example';
/** The store of the sheet: a name the demo does not know, so the import makes it a seller of its own. */
const STORE = 'E2E 巡查 华欣健康小程序店';
const HEADERS = '监测时间,商品编码,到手价,店铺名称,商品链接';

interface Target { skuId: number; code: string; control: number; below: boolean }
interface Fixture { channel: { id: number; name: string }; targets: Target[]; sheet: string; badSheet: string }
let fx: Fixture;

const list = async (api: APIRequestContext, resource: string, filter: Record<string, unknown> = {}, range = [0, 99]) => {
  const res = await api.get(`/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent(JSON.stringify(range))}`);
  if (!res.ok()) throw new Error(`GET /api/${resource}: ${res.status()} ${await res.text()}`);
  return res.json();
};

/** "YYYY-MM-DD HH:mm" on the company's clock (Beijing), `hoursAgo` before now, as a price-watch tool writes it. */
const sheetTime = (hoursAgo: number) => new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
}).format(new Date(Date.now() - hoursAgo * 3_600_000));

const yuan = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
const urlOf = (code: string) => `https://mini.huaxin.example/item/${code}`;

/**
 * The sheet: six prices seen today in a store of the company's own mini-program (a channel the
 * company operates, so its price policy binds): four SKUs at 80% of their control price, two
 * at 120%. The SKUs have no unresolved violation on the channel yet, so every breach is new.
 */
beforeAll(async () => {
  const api = await apiAs(e2e.baseUrl, MANAGER);
  try {
    const [channel] = await list(api, 'channels', { code: 'HX-MINI' });
    expect(channel).toMatchObject({ platform: 'own_store', operated_by: 'company' });
    const skus = new Map<number, { code: string; status: string }>((await list(api, 'skus', {}, [0, 499])).map((s: { id: number; code: string; status: string }) => [s.id, s]));
    const busy = new Set((await list(api, 'violations', { channel_id: channel.id, status: ['open', 'acknowledged'] }, [0, 499])).map((v: { sku_id: number }) => v.sku_id));
    const targets: Target[] = [];
    for (const policy of await list(api, 'price-policies', {}, [0, 199])) {
      const sku = skus.get(policy.sku_id);
      if (!sku || sku.status !== 'active' || busy.has(policy.sku_id) || !(policy.control_price >= 5)) continue;
      targets.push({ skuId: policy.sku_id, code: sku.code, control: policy.control_price, below: targets.length < 4 });
      if (targets.length === 6) break;
    }
    expect(targets).toHaveLength(6);
    const rows = targets.map((t, i) => {
      const price = yuan(t.control * (t.below ? 0.8 : 1.2));
      return [sheetTime(2 + i), t.code, i === 0 ? `¥${price}` : price, STORE, urlOf(t.code)].join(',');
    });
    const sheet = path.join(artifactsDir, '价格巡查表.csv');
    fs.writeFileSync(sheet, `\ufeff${[HEADERS, ...rows].join('\r\n')}\r\n`);
    // The same sheet with three bad rows: an unknown SKU, a time in the future, a link that is not one.
    const bad = [
      HEADERS,
      rows[0],
      [sheetTime(3), 'NO-SUCH-SKU', '9.90', STORE, urlOf('x')].join(','),
      [sheetTime(-48), targets[1].code, '9.90', STORE, urlOf(targets[1].code)].join(','),
      [sheetTime(4), targets[2].code, '9.90', STORE, 'mini.huaxin.example/item'].join(','),
    ];
    const badSheet = path.join(artifactsDir, 'price-watch-bad.csv');
    fs.writeFileSync(badSheet, `\ufeff${bad.join('\r\n')}\r\n`);
    fx = { channel, targets, sheet, badSheet };
  } finally {
    await api.dispose();
  }
});

/** Takes a screenshot at 1280 and 1440 wide, with nothing focused or loading, and no key left untranslated. */
async function shoot(page: Page, shell: AppShell, name: string) {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await shell.settle();
  expect(await shell.untranslatedKeys(), `untranslated keys on ${name}`).toEqual([]);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${name} fits the window`).toBeLessThanOrEqual(page.viewportSize()!.width);
  await e2e.screenshot(name);
  await e2e.screenshot(`${name}-1440`, { width: 1440 });
}

const statusOf = async (api: APIRequestContext, id: number) => (await (await api.get(`/api/violations/${id}`)).json()).status;
const idInUrl = (page: Page) => Number(/#\/violations\/(\d+)\/show/.exec(page.url())![1]);

/**
 * The flow: a sales user imports the price-watch team's sheet (Chinese headers, guessed
 * columns) through mapping → check → import; the breaches show on the compliance overview and in
 * the violations; a manager acknowledges one, resolves another and waives a third (not without a
 * reason), then opens the store's evidence package.
 */
test('should import a price-watch sheet and let a manager work the violations it opened', { timeout: 240_000 }, async () => {
  const { page, context } = e2e;
  const api = context.request;
  const login = await new LoginPage(page).goto();
  await login.switchLanguage('简体中文');
  let shell = await login.login(SALES);
  const before = await (await api.get('/api/compliance/summary')).json();

  // From the observations list: its toolbar opens the sheet import.
  await shell.open('price-observations');
  await new ListPage(page, 'price-observations').waitForRows();
  const button = page.getByTestId('observation-import-button');
  expect(await button.innerText()).toContain('导入巡查表');
  await shoot(page, shell, 'observation-import-list-zh');
  await button.click();
  await page.waitForURL(/#\/price-observations\/import$/);
  const wizard = new ImportWizardPage(page);
  await page.getByText('价格巡查表：每行一条').waitFor();
  expect(await page.getByTestId('sales-import-kind-orders').count()).toBe(0); // no choice of kind here
  await wizard.chooseChannel(fx.channel.name);
  expect(await wizard.operatedHint().textContent()).toContain('公司自营渠道');
  await shoot(page, shell, 'observation-import-upload-zh');

  // The columns guessed from the Chinese headers; nothing to map for the shop id or record id.
  await wizard.upload(fx.sheet);
  expect(await wizard.mapped('observed_at').inputValue()).toBe('监测时间');
  expect(await wizard.mapped('sku').inputValue()).toBe('商品编码');
  expect(await wizard.mapped('price').inputValue()).toBe('到手价');
  expect(await wizard.mapped('store_name').inputValue()).toBe('店铺名称');
  expect(await wizard.mapped('url').inputValue()).toBe('商品链接');
  expect(await wizard.mapped('shop_id').inputValue()).toBe('');
  expect(await wizard.mapped('external_id').inputValue()).toBe('');
  const mapping = await wizard.mappingTable().innerText();
  for (const label of ['监测时间', 'SKU 编码或条码', '到手价', '店铺名称', '店铺 ID', '商品链接', '记录编号']) expect(mapping).toContain(label);
  expect(mapping).not.toContain('订单编号');
  expect(await page.getByText('请映射单价或金额').count()).toBe(0);
  await shoot(page, shell, 'observation-import-mapping-zh');

  // The check: six good rows, as they will be stored.
  await wizard.check();
  expect(await wizard.counts().innerText()).toContain('6 行有效');
  const lines = await wizard.lines().innerText();
  for (const t of fx.targets) expect(lines).toContain(t.code);
  expect(lines).toContain(STORE);
  expect(lines).toContain(`¥${yuan(fx.targets[0].control * 0.8)}`);
  expect(lines).toContain(urlOf(fx.targets[5].code));
  await shoot(page, shell, 'observation-import-preview-zh');

  // Imported: six new prices, and the ways on to what they broke and to the prices themselves.
  await wizard.start();
  await wizard.result().waitFor();
  expect((await wizard.count('created').innerText()).replace(/\s+/g, ' ')).toBe('6 新增价格');
  expect((await wizard.count('unchanged').innerText()).replace(/\s+/g, ' ')).toBe('0 已导入过');
  await shoot(page, shell, 'observation-import-done-zh');

  const [seller] = await list(api, 'sellers', { channel_id: fx.channel.id, q: STORE });
  expect(seller.name).toBe(STORE);
  const observations = await list(api, 'price-observations', { seller_id: seller.id });
  expect(observations).toHaveLength(6);
  expect(observations.every((o: { source: string }) => o.source === 'import')).toBe(true);
  // Every price below its control price is a breach (a price above it may still break online/offline parity).
  const breached = new Set(observations.filter((o: { compliant: boolean }) => !o.compliant).map((o: { sku_id: number }) => o.sku_id));
  const opened: { id: number; sku_id: number; kind: string }[] = await list(api, 'violations', { seller_id: seller.id, status: 'open' });
  for (const t of fx.targets.filter((x) => x.below)) {
    expect(breached.has(t.skuId), t.code).toBe(true);
    expect(opened.some((v) => v.sku_id === t.skuId && ['own_channel_below_control', 'below_promo_floor'].includes(v.kind)), t.code).toBe(true);
  }

  const toObservations = page.getByTestId('observation-import-open-observations');
  const href = new URL((await toObservations.getAttribute('href'))!.replace('#/', ''), 'http://x');
  expect(href.pathname).toBe('/price-observations');
  expect(JSON.parse(href.searchParams.get('filter')!)).toEqual({ channel_id: fx.channel.id, source: 'import' });

  // The compliance overview counts the new breaches.
  await page.getByTestId('observation-import-open-compliance').click();
  await page.waitForURL(/#\/compliance$/);
  const compliance = new CompliancePage(page);
  await compliance.waitUntilReady();
  const after = await (await api.get('/api/compliance/summary')).json();
  expect(after.open_total).toBe(before.open_total + opened.length);
  await expect.poll(() => compliance.count('open')).toBe(after.open_total);

  // And the imported prices, by the result's other link: the sheet's six in the store.
  await page.goto(`/#${href.pathname}${href.search}`);
  const observationList = new ListPage(page, 'price-observations');
  await observationList.waitForRows();
  await observationList.search(STORE);
  await expect.poll(() => observationList.rows().filter({ hasText: STORE }).count()).toBe(6);

  // The manager, in English: the new breaches are in the violations list, with the store.
  // Logging out answers the list's lookups still in flight with 401: expected, and nothing a user sees.
  e2e.allowConsoleErrors(/status of 401 .*\/api\/(channels|skus|settings|price-observations|observation-imports|notifications)\b/);
  await shell.logout();
  await login.switchLanguage('English');
  shell = await login.login(MANAGER);
  await shell.menuItem('violations').click();
  const violations = new ViolationListPage(page);
  await violations.waitForRows();
  const [first, second, third] = fx.targets;
  const rowOf = async (t: Target) => (await violations.search(t.code)).filter({ hasText: STORE }).first();
  for (const t of fx.targets.filter((x) => x.below)) expect(await (await rowOf(t)).innerText()).toContain(fx.channel.name);

  // Acknowledge the first.
  await violations.open(await rowOf(first));
  const show = new ViolationShowPage(page);
  await show.waitUntilReady();
  const acknowledged = idInUrl(page);
  await show.button('acknowledge').click();
  await show.waitForStatus('Acknowledged');
  expect(await statusOf(api, acknowledged)).toBe('acknowledged');

  // Resolve the second.
  await page.goBack();
  await violations.waitForRows();
  await violations.open(await rowOf(second));
  await show.waitUntilReady();
  const resolved = idInUrl(page);
  await show.button('resolve').click();
  await show.waitForStatus('Resolved');
  expect(await statusOf(api, resolved)).toBe('resolved');

  // Waive the third: the dialog will not send an empty reason, then sends a real one.
  await page.goBack();
  await violations.waitForRows();
  await violations.open(await rowOf(third));
  await show.waitUntilReady();
  const waived = idInUrl(page);
  await show.button('waive').click();
  const confirm = page.getByTestId('waive-dialog-confirm');
  await page.getByTestId('waive-dialog').waitFor();
  expect(await confirm.isDisabled()).toBe(true);
  await page.getByTestId('waive-dialog-text').fill('  ');
  expect(await confirm.isDisabled()).toBe(true);
  expect(await statusOf(api, waived)).toBe('open');
  const reason = 'Mini-program launch coupon approved by the brand team for one day';
  await page.getByTestId('waive-dialog-text').fill(reason);
  await confirm.click();
  await show.waitForStatus('Waived');
  expect(await page.locator('.RaShow-main').textContent()).toContain(reason);
  expect(await statusOf(api, waived)).toBe('waived');
  expect(new Set([acknowledged, resolved, waived]).size).toBe(3);

  // The store's evidence package: its sightings from the sheet, with links, and what was found.
  await page.goto(`/#/sellers/${seller.id}/show`);
  await page.getByTestId('evidence-package-button').click();
  await page.waitForURL(new RegExp(`#/sellers/${seller.id}/evidence-package`));
  const pkg = page.getByTestId('evidence-package');
  await pkg.waitFor();
  const text = (await pkg.innerText()).replace(/\s+/g, ' ');
  expect(text).toContain(STORE);
  expect(text).toContain(fx.channel.name);
  for (const t of fx.targets) expect(text).toContain(t.code);
  for (const t of fx.targets.filter((x) => x.below)) expect(text).toContain(yuan(t.control * 0.8));
  expect(text).toContain(urlOf(first.code));
  // A document handed to a platform carries only the lawful case (an unauthorised store), never price findings.
  expect(text).not.toContain('Below the price policy');
  expect(await page.getByTestId('package-findings').locator('tbody tr').count()).toBe(0);
  await shoot(page, shell, 'observation-import-evidence-package-en');
});

/**
 * In English: a sheet with bad rows is refused row by row (messages in the user's words, the
 * problems downloadable); the good sheet imported a second time adds nothing.
 */
test('should list a bad sheet\'s problems and import the same sheet twice without adding anything', async () => {
  const { page } = e2e;
  const shell = await (await new LoginPage(page).goto()).login(MANAGER);
  await shell.menuItem('price-observations').click();
  await page.getByTestId('observation-import-button').click();
  const wizard = new ImportWizardPage(page);
  await wizard.chooseChannel(fx.channel.name);
  expect(await wizard.operatedHint().textContent()).toMatch(/company-operated channel/i);

  await wizard.upload(fx.badSheet);
  await wizard.check();
  expect(await wizard.counts().innerText()).toMatch(/1 valid row/);
  expect(await wizard.counts().innerText()).toMatch(/3 rows with problems/);
  const errors = await wizard.errors().innerText();
  expect(errors).toContain('No SKU with code or GTIN "NO-SUCH-SKU"');
  expect(errors).toMatch(/is in the future/);
  expect(errors).toMatch(/is not a web address/);
  expect(errors).toMatch(/Link/);
  expect(await wizard.startButton().isDisabled()).toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the problems' }).click()]);
  expect(download.suggestedFilename()).toMatch(/errors\.xlsx$/);
  await shoot(page, shell, 'observation-import-errors-en');

  // Back to the file step, the good sheet again: its columns as saved for the channel, every row already there.
  await wizard.back('Back');
  await wizard.back('Back');
  await wizard.upload(fx.sheet);
  expect(await wizard.mappingTable().innerText()).toContain('Price paid (after coupons)');
  expect(await page.getByText('The columns are mapped as last time for this channel').count()).toBe(1);
  await shoot(page, shell, 'observation-import-mapping-en');
  await wizard.check();
  expect(await wizard.counts().innerText()).toMatch(/6 valid rows/);
  await shoot(page, shell, 'observation-import-preview-en');
  await wizard.start();
  await wizard.result().waitFor();
  expect((await wizard.count('created').innerText()).replace(/\s+/g, ' ')).toBe('0 New prices');
  expect((await wizard.count('unchanged').innerText()).replace(/\s+/g, ' ')).toBe('6 Already imported');
  await shoot(page, shell, 'observation-import-done-en');
});

/** Promotion staff read observations but may not enter them: no import button, and the page says so. */
test('should not offer the sheet import to a role that may not enter observations', async () => {
  const { page } = e2e;
  const shell = await (await new LoginPage(page).goto()).login('promo@huaxin.example');
  await shell.open('price-observations');
  await new ListPage(page, 'price-observations').waitForRows();
  expect(await page.getByTestId('observation-import-button').count()).toBe(0);
  await page.goto('/#/price-observations/import');
  await page.getByTestId('observation-import-forbidden').waitFor();
  expect(await page.getByTestId('sales-import-file').count()).toBe(0);
});
