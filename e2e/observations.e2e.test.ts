import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { apiAs, updateRecord } from './support/api';
import { useBrowser } from './support/browser';
import { listingPng } from '../server/src/db/demo/listing-png';
import { AppShell } from './pages/AppShell';
import { ListPage } from './pages/ListPage';
import { LoginPage } from './pages/LoginPage';
import { ObservationFormPage } from './pages/ObservationFormPage';

// Its own server: the screenshots show the demo data and what this file adds, whatever ran before.
const e2e = useBrowser({ freshServer: true });

const SKU = 'HX-IBU-010'; // 布洛芬缓释胶囊 (bu luo fen: "blf"), with a price policy
const COMPANY = '华欣制药 Huaxin Pharmaceutical';
const png = (name: string) => ({ name, mimeType: 'image/png', buffer: listingPng() });

interface Fixture {
  mini: { id: number; name: string }; jd: { id: number; name: string }; sku: { id: number }; control: number; sellerId: number; sellerName: string; flaggedId: number;
}
let fx: Fixture;

const getOne = async (api: APIRequestContext, resource: string, filter: Record<string, unknown>) => {
  const res = await api.get(`/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`);
  if (!res.ok()) throw new Error(`GET /api/${resource}: ${res.status()} ${await res.text()}`);
  const [record] = await res.json();
  return record;
};

/** A price seen on a channel, with an uploaded screenshot, through the API (as the console would send it). */
async function observe(api: APIRequestContext, body: Record<string, unknown>) {
  const upload = await api.post('/api/evidence', { multipart: { file: png('listing.png') } });
  if (upload.status() !== 201) throw new Error(`POST /api/evidence: ${upload.status()} ${await upload.text()}`);
  const res = await api.post('/api/price-observations', { data: { observed_at: new Date().toISOString(), evidence_id: (await upload.json()).id, ...body } });
  if (res.status() !== 201) throw new Error(`POST /api/price-observations: ${res.status()} ${await res.text()}`);
  return res.json();
}

// The channels and SKU the specs use, and a partner store marked unauthorised for the screenshots.
beforeAll(async () => {
  const admin = await apiAs(e2e.baseUrl, 'admin@huaxin.example');
  try {
    const mini = await getOne(admin, 'channels', { code: 'HX-MINI' });
    const jd = await getOne(admin, 'channels', { code: 'JD' });
    const sku = await getOne(admin, 'skus', { code: SKU });
    const policy = await getOne(admin, 'price-policies', { sku_id: sku.id });
    expect(mini.operated_by).toBe('company');
    expect(jd.operated_by).toBe('partner');
    const sellerName = '康源大药房京东专营店';
    const first = await observe(admin, {
      channel_id: jd.id, sku_id: sku.id, store_name: sellerName, shop_id: 'JD-1000821', price: Math.round((policy.control_price - 3) * 100) / 100,
      url: 'https://item.jd.com/100082114.html', observed_at: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    });
    await observe(admin, { channel_id: jd.id, sku_id: sku.id, store_name: sellerName, shop_id: 'JD-1000821', price: policy.control_price, url: 'https://item.jd.com/100082114.html' });
    await updateRecord(admin, 'sellers', first.seller_id, { authorized: false, grounds: ['trademark', 'no_licence'], group_name: '康源系' });
    await admin.post(`/api/sellers/${first.seller_id}/contacts`, { data: { kind: 'call', note: '电话沟通建议零售价，对方表示会核实货源。' } });
    const flagged = await observe(admin, {
      channel_id: mini.id, sku_id: sku.id, store_name: mini.name, price: Math.round((policy.control_price - 1.5) * 100) / 100, url: 'https://mini.huaxin.example/item/ibu',
    });
    fx = { mini, jd, sku, control: policy.control_price, sellerId: first.seller_id, sellerName, flaggedId: flagged.id };
  } finally {
    await admin.dispose();
  }
});

/** A sales user records a price seen on the company's own mini-program, below the control price, with a screenshot. */
test('should flag an observation below the control price on a company-operated channel, with its screenshot', async () => {
  const { page, context } = e2e;
  await (await new LoginPage(page).goto()).login('sales@huaxin.example');
  const form = await new ObservationFormPage(page).goto();
  await form.choose('channel_id', fx.mini.name);
  expect(await form.operatorHint().textContent()).toMatch(/Company-operated channel/);
  await form.choose('sku_id', 'blf', new RegExp(SKU)); // pinyin initials of 布洛芬
  const store = `E2E 小程序巡价 ${Date.now()}`;
  await form.input('store_name').fill(store);
  const price = Math.round((fx.control - 2) * 100) / 100;
  await form.input('price').fill(String(price));
  await form.input('url').fill('https://mini.huaxin.example/item/ibu-010');
  await form.attach(png('小程序截图.png'));
  expect(await form.picked().textContent()).toContain('小程序截图.png');
  expect(await form.picked().textContent()).toMatch(/Image · \d/);
  await form.save();

  await page.waitForURL(/#\/price-observations\/\d+\/show/);
  const id = Number(/price-observations\/(\d+)\/show/.exec(page.url())![1]);
  const panel = page.getByTestId('evaluation-panel');
  await panel.getByText('Own channel below control price').first().waitFor();
  expect(await page.getByTestId('observation-compliant').first().textContent()).toBe('Breach');
  const image = page.getByTestId('evidence-image');
  await image.waitFor();
  await page.waitForFunction(() => (document.querySelector('[data-testid="evidence-image"]') as HTMLImageElement | null)?.naturalWidth === 240);
  const saved = await (await context.request.get(`/api/price-observations/${id}`)).json();
  expect(saved).toMatchObject({ channel_id: fx.mini.id, sku_id: fx.sku.id, price, compliant: false, evidence_type: 'image/png', source: 'manual' });
  expect(saved.breaches).toContain('own_channel_below_control');

  // In the list, flagged, with its evidence a click away.
  await page.goto('/#/price-observations');
  const list = new ListPage(page, 'price-observations');
  const row = await list.search(store);
  expect(await row.textContent()).toContain('Breach');
  expect(await row.textContent()).toContain('Own channel below control price');
  expect(await row.locator(`a[href="/api/evidence/${saved.evidence_id}"]`).count()).toBe(1);

  // The searched list out to Excel: names instead of ids, labels in the reader's language.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\ufeffObserved at,Channel,SKU')).toBe(true);
  expect(csv).toContain(store);
  expect(csv).toContain(fx.mini.name);
  expect(csv).toContain('Own channel below control price');
});

/** A manager reviews a new partner store, marks it unauthorised on complaint grounds, logs a call, and opens its evidence package. */
test('should let a manager mark a store unauthorised and open its bilingual evidence package', async () => {
  const { page } = e2e;
  const storeName = `E2E 未授权药房 ${Date.now()}`;
  const sales = await apiAs(e2e.baseUrl, 'sales@huaxin.example');
  const seen = await observe(sales, {
    channel_id: fx.jd.id, sku_code: SKU, store_name: storeName, shop_id: 'JD-77001', price: Math.round((fx.control - 1) * 100) / 100, url: 'https://item.jd.com/77001.html',
  });
  await sales.dispose();
  expect(seen.breaches).toEqual(['partner_below_control']); // a partner's low price: intelligence, never a sanction

  await (await new LoginPage(page).goto()).login('manager@huaxin.example');
  await page.goto('/#/sellers');
  await page.getByTestId('seller-tab-to_review').click();
  await page.waitForURL((url) => decodeURIComponent(url.hash).includes('unreviewed'));
  const list = new ListPage(page, 'sellers');
  const row = await list.search(storeName);
  expect(await row.textContent()).toContain('Unreviewed');
  await row.locator('td.column-name').click();
  await page.waitForURL(new RegExp(`#/sellers/${seen.seller_id}/show`));
  await page.getByTestId('seller-legal-note').getByText(/never threaten supply/).waitFor();

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.locator('form input[name="name"]').waitFor();
  await page.locator('form .ra-input-authorized [role="combobox"]').click();
  await page.getByRole('option', { name: 'Unauthorised' }).click();
  await page.getByLabel('Trademark infringement').check();
  await page.getByLabel('No drug retail licence').check();
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(new RegExp(`#/sellers/${seen.seller_id}/show`));
  await page.getByTestId('seller-authorized').getByText('Unauthorised').waitFor();
  await page.getByTestId('seller-rollup').getByText('Unauthorised 1').waitFor();

  await page.getByTestId('contact-add').click();
  await page.getByTestId('contact-note').fill('Called the store about the suggested retail price; asked for their supplier.');
  await page.getByTestId('contact-save').click();
  await page.getByTestId('contact-log').getByText('asked for their supplier').waitFor();

  await page.getByTestId('evidence-package-button').click();
  await page.waitForURL(new RegExp(`#/sellers/${seen.seller_id}/evidence-package`));
  const doc = page.getByTestId('evidence-package');
  await doc.waitFor();
  const text = (await doc.innerText()).replace(/\s+/g, ' ');
  for (const expected of [
    '店铺证据材料', 'Evidence package', storeName, 'JD-77001', `非${COMPANY}授权经销商`, `Not an authorised seller of ${COMPANY}`,
    '商标侵权', 'Trademark infringement', '无药品经营许可', 'No drug retail licence', SKU, 'Asia/Shanghai (UTC+8)',
    '未经授权销售', 'Sold without authorisation', '图 1', 'Figure 1', '建议零售价',
  ]) expect(text, expected).toContain(expected);
  expect(text).not.toMatch(/threat|断货|停止供货/i);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="package-screenshots"] img')].every((img) => (img as HTMLImageElement).naturalWidth > 0));

  // Printed, the document stands alone: no app bar, no menu, no buttons.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.MuiAppBar-root').isVisible()).toBe(false);
  expect(await page.getByTestId('package-print').isVisible()).toBe(false);
  expect(await doc.isVisible()).toBe(true);
  await e2e.screenshot('en-evidence-package-print');
  await page.emulateMedia({ media: 'screen' });
});

const LANGUAGES = [{ lang: 'en', name: 'English' }, { lang: 'zh', name: '简体中文' }] as const;

describe.each(LANGUAGES)('compliance screens in $name', ({ lang, name }) => {
  test('should render translated, with a screenshot of each at 1280 and 1440 wide', async () => {
    const { page } = e2e;
    const shell = new AppShell(page);
    const shoot = async (screen: string) => {
      await shell.settle();
      expect(await shell.untranslatedKeys(), `untranslated keys on ${screen}`).toEqual([]);
      await e2e.screenshot(`${lang}-${screen}-1440`, { width: 1440 });
      await e2e.screenshot(`${lang}-${screen}`);
    };
    const login = await new LoginPage(page).goto();
    if (lang !== 'en') await login.switchLanguage(name);
    await login.login('manager@huaxin.example');

    await shell.open('price-observations');
    await new ListPage(page, 'price-observations').waitForRows();
    await shoot('observations');

    const form = await new ObservationFormPage(page).goto();
    await form.choose('channel_id', fx.jd.name);
    await form.choose('sku_id', SKU, new RegExp(SKU));
    await form.input('store_name').fill(fx.sellerName);
    await form.input('price').fill(String(Math.round((fx.control - 3) * 100) / 100));
    await form.input('url').fill('https://item.jd.com/100082114.html');
    await form.attach(png('jd-listing.png'));
    await form.operatorHint().waitFor();
    await shoot('observation-create');

    await page.goto(`/#/price-observations/${fx.flaggedId}/show`);
    await page.getByTestId('evaluation-panel').locator('tbody tr').first().waitFor();
    await page.waitForFunction(() => (document.querySelector('[data-testid="evidence-image"]') as HTMLImageElement | null)?.complete === true);
    await shoot('observation-show');

    await shell.open('sellers');
    await new ListPage(page, 'sellers').waitForRows();
    await shoot('sellers');

    await page.goto(`/#/sellers/${fx.sellerId}/show`);
    await page.getByTestId('contact-log').locator('tbody tr').first().waitFor();
    await page.locator('.RaDatagrid-row').first().waitFor();
    await shoot('seller-show');

    await page.goto(`/#/sellers/${fx.sellerId}/evidence-package`);
    await page.getByTestId('evidence-package').waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="package-screenshots"] img')].every((img) => (img as HTMLImageElement).complete));
    await shoot('evidence-package');

    // Managers read channels: who operates one shows on its page.
    await page.goto(`/#/channels/${fx.mini.id}/show`);
    await page.locator('.RaShow-main').getByText(lang === 'zh' ? '公司自营' : 'Company', { exact: true }).waitFor();
    await shoot('channel-operated-by');

    await page.goto('/#/settings');
    await page.locator('input[name="severity_low_below_pct"]').waitFor();
    expect(await page.locator('input[name="severity_low_below_pct"]').inputValue()).toBe('5');
    expect(await page.locator('input[name="severity_medium_below_pct"]').inputValue()).toBe('15');
    await shoot('settings-severity');
  });
});
