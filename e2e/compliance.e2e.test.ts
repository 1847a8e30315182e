import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { apiAs, updateRecord } from './support/api';
import { useBrowser } from './support/browser';
import { listingPng } from '../server/src/db/demo/listing-png';
import { AppShell } from './pages/AppShell';
import { CompliancePage } from './pages/CompliancePage';
import { LoginPage } from './pages/LoginPage';
import { ViolationListPage, ViolationShowPage } from './pages/ViolationPages';

// Its own server: the figures on the compliance page are this file's violations and the demo's, nothing else.
const e2e = useBrowser({ freshServer: true });

const MANAGER = 'manager@huaxin.example';
const OWN_KIND = 'own_channel_below_control';

interface Case { id: number; skuCode: string }
const own: Case[] = [];
let partner: Case;
/** The company's own store the cases were seen in. */
let storeChannel = '';

const list = async (api: APIRequestContext, path: string, filter: Record<string, unknown> = {}, range = [0, 49]) => {
  const res = await api.get(`/api/${path}?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent(JSON.stringify(range))}`);
  if (!res.ok()) throw new Error(`GET /api/${path}: ${res.status()} ${await res.text()}`);
  return res.json();
};

const post = async (api: APIRequestContext, path: string, data: unknown) => {
  const res = await api.post(path, { data });
  if (!res.ok()) throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`);
  return res.json();
};

/**
 * The demo opens parity violations from its own listed prices; this adds what the market shows: three
 * SKUs seen below their control price in the company's own store (a policy breach), and one of them on
 * a partner's JD store, with a screenshot, which is then marked unauthorised.
 */
beforeAll(async () => {
  const api = await apiAs(e2e.baseUrl, MANAGER);
  try {
    const channels = await list(api, 'channels', { active: true }, [0, 99]);
    const company = channels.find((c: { platform: string; operated_by: string }) => c.platform === 'own_store' && c.operated_by === 'company')
      ?? channels.find((c: { operated_by: string; type: string }) => c.operated_by === 'company' && c.type === 'online');
    storeChannel = company.name;
    const jd = channels.find((c: { code: string }) => c.code === 'JD');
    expect(jd.operated_by).toBe('partner');
    const observedAt = new Date(Date.now() - 60_000).toISOString();
    for (const policy of await list(api, 'price-policies', {}, [0, 39])) {
      if (own.length === 3) break;
      const price = Math.round(policy.control_price * 80) / 100;
      const seen = await post(api, '/api/price-observations', { channel_id: company.id, sku_id: policy.sku_id, store_name: 'E2E 华欣官方小店', price, observed_at: observedAt });
      if (!seen.breaches.includes(OWN_KIND)) continue; // a promotion runs there: a promo-floor case instead
      const [violation] = await list(api, 'violations', { kind: OWN_KIND, sku_id: policy.sku_id, channel_id: company.id, status: 'open' });
      own.push({ id: violation.id, skuCode: violation.sku_code });
    }
    expect(own).toHaveLength(3);

    const evidence = await api.post('/api/evidence', { multipart: { file: { name: 'jd-listing.png', mimeType: 'image/png', buffer: listingPng() } } });
    expect(evidence.status()).toBe(201);
    const [policy] = await list(api, 'price-policies', {}, [0, 0]);
    const seen = await post(api, '/api/price-observations', {
      channel_id: jd.id, sku_id: policy.sku_id, store_name: 'E2E 康宁大药房京东店', price: Math.round(policy.control_price * 85) / 100,
      observed_at: observedAt, url: 'https://item.jd.com/100012345678.html', evidence_id: (await evidence.json()).id,
    });
    expect(seen.breaches).toContain('partner_below_control');
    const [violation] = await list(api, 'violations', { kind: 'partner_below_control', seller_id: seen.seller_id });
    partner = { id: violation.id, skuCode: violation.sku_code };
    await updateRecord(api, 'sellers', seen.seller_id, { authorized: false });
  } finally {
    await api.dispose();
  }
});

const statusOf = async (api: APIRequestContext, id: number) => (await (await api.get(`/api/violations/${id}`)).json()).status;

/** The managers' flow: the figures, a drill into the list, and the three ways a case is closed or parked. */
test('should let a manager drill from the compliance page into the violations and acknowledge, resolve and waive them', async () => {
  const { page, context } = e2e;
  const api = context.request;
  const shell = await (await new LoginPage(page).goto()).login(MANAGER);
  const summary = await (await api.get('/api/compliance/summary')).json();
  const ownOpen = summary.open_by_kind[OWN_KIND];
  expect(ownOpen).toBeGreaterThanOrEqual(3);

  // The dashboard's card counts them too and leads to the compliance page.
  await page.getByTestId('dashboard-violations-total').waitFor();
  expect(Number((await page.getByTestId('dashboard-violations-total').innerText()).replace(/\D/g, ''))).toBe(summary.open_total);

  await shell.menuItem('compliance').click();
  const compliance = new CompliancePage(page);
  await compliance.waitUntilReady();
  expect(await compliance.count('open')).toBe(summary.open_total);
  expect(await compliance.count('new')).toBeGreaterThanOrEqual(4);
  expect(await compliance.count('unauthorized')).toBe(summary.unauthorized_sellers);
  expect(summary.unauthorized_sellers).toBeGreaterThanOrEqual(1);
  expect(await compliance.openKind(OWN_KIND).innerText()).toMatch(new RegExp(`Below control \\(own channel\\)\\s*${ownOpen}$`));

  // Drill: the line of the kind opens the list filtered to it, open and acknowledged ones.
  await compliance.openKind(OWN_KIND).click();
  await page.waitForURL(/#\/violations\?/);
  expect(JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter')!)).toEqual({ kind: OWN_KIND, status: ['open', 'acknowledged'] });
  const listPage = new ViolationListPage(page);
  await listPage.waitForRows();
  await expect.poll(() => listPage.rows().count()).toBe(Math.min(ownOpen, 25));
  expect(await page.locator('.RaList-main [data-testid="violation-kind"]').allInnerTexts()).toEqual(Array(Math.min(ownOpen, 25)).fill('Below control (own channel)'));

  // Acknowledge the first on its page.
  const [first, second, third] = own;
  await listPage.open((await listPage.search(first.skuCode)).filter({ hasText: storeChannel }));
  const show = new ViolationShowPage(page);
  await show.waitUntilReady();
  await show.button('acknowledge').click();
  await show.waitForStatus('Acknowledged');
  await expect.poll(() => show.notification().textContent()).toContain('Acknowledged');
  expect(await statusOf(api, first.id)).toBe('acknowledged');
  await show.timeline().getByTestId('event-acknowledged').waitFor();

  // Resolve the second from the list, as a bulk action on the selection.
  await page.goBack();
  await listPage.waitForRows();
  await listPage.select((await listPage.search(second.skuCode)).filter({ hasText: storeChannel }));
  await listPage.bulkButton('resolve').click();
  await page.locator('.MuiDialog-root button.ra-confirm').click();
  await expect.poll(() => page.locator('.MuiSnackbar-root').textContent()).toMatch(/Resolve: 1 violation/);
  await expect.poll(() => statusOf(api, second.id)).toBe('resolved');
  await listPage.row(second.skuCode).waitFor({ state: 'detached' });
  expect(await ((await listPage.search(first.skuCode)).filter({ hasText: storeChannel })).textContent()).toContain('Acknowledged');

  // Waive the third: not without a reason (the dialog will not send it, the server refuses it), then with one.
  await listPage.open((await listPage.search(third.skuCode)).filter({ hasText: storeChannel }));
  await show.waitUntilReady();
  await show.button('waive').click();
  const dialog = page.getByTestId('waive-dialog');
  const confirm = page.getByTestId('waive-dialog-confirm');
  await dialog.waitFor();
  expect(await confirm.isDisabled()).toBe(true);
  await page.getByTestId('waive-dialog-text').fill('   ');
  expect(await confirm.isDisabled()).toBe(true);
  const refused = await api.post(`/api/violations/${third.id}/waive`, { data: { reason: ' ' } });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).errors.reason).toBe('Waiving needs a reason');
  expect(await statusOf(api, third.id)).toBe('open');
  const reason = 'Clearance of a short-dated batch agreed with the brand team';
  await page.getByTestId('waive-dialog-text').fill(reason);
  await confirm.click();
  await show.waitForStatus('Waived');
  await expect.poll(() => show.notification().textContent()).toContain('Waived');
  expect(await page.locator('.RaShow-main').textContent()).toContain(reason);
  expect(await show.timeline().getByTestId('event-waived').textContent()).toContain(reason);
  expect(await statusOf(api, third.id)).toBe('waived');

  // Back on the compliance page: one fewer open of the kind (the acknowledged one still counts), one resolved this week.
  await compliance.goto();
  await expect.poll(() => compliance.openKind(OWN_KIND).innerText()).toMatch(new RegExp(`\\s${ownOpen - 2}$`));
  expect(await compliance.count('resolved')).toBe(summary.resolved_this_week + 1);
  // Re-evaluating every price, asked first; the page then shows the figures as they are now.
  await compliance.reevaluateButton().click();
  await page.locator('.MuiDialog-root button.ra-confirm').click();
  await expect.poll(() => page.locator('.MuiSnackbar-root').textContent()).toMatch(/Evaluated [\d,]+ prices: [\d,]+ violations opened, [\d,]+ resolved/);
  const after = await (await api.get('/api/compliance/summary')).json();
  await expect.poll(() => compliance.count('open')).toBe(after.open_total);

  // The list as a workbook: the filter goes along, the file is an XLSX.
  await page.goto(`/#/violations?filter=${encodeURIComponent(JSON.stringify({ status: ['open', 'acknowledged'] }))}`);
  await listPage.waitForRows();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('violations-export').click()]);
  expect(download.suggestedFilename()).toBe('violations.xlsx');
  expect(fs.readFileSync(await download.path()).subarray(0, 2).toString()).toBe('PK');
});

const LANGUAGES = [{ lang: 'en', name: 'English' }, { lang: 'zh', name: '简体中文' }] as const;

/** The compliance screens in both languages at the two window widths staff use; saved for review. */
describe.each(LANGUAGES)('overview and violation screens in $name', ({ lang, name: language }) => {
  test('should render translated and fit the window, with a screenshot of each', async () => {
    const { page } = e2e;
    const login = await new LoginPage(page).goto();
    if (lang !== 'en') await login.switchLanguage(language);
    const shell: AppShell = await login.login(MANAGER);
    const shoot = async (screen: string) => {
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      await shell.settle();
      expect(await shell.untranslatedKeys(), `untranslated keys on ${screen}`).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${lang}-${screen} fits the window`).toBeLessThanOrEqual(page.viewportSize()!.width);
      await e2e.screenshot(`compliance-${lang}-${screen}-1440`, { width: 1440 });
      await e2e.screenshot(`compliance-${lang}-${screen}`);
    };

    await new CompliancePage(page).goto();
    await page.getByTestId('compliance-trend').locator('.recharts-line').first().waitFor();
    await shoot('overview');

    const listPage = new ViolationListPage(page);
    await shell.menuItem('violations').click();
    await listPage.waitForRows();
    await shoot('list');

    const show = await new ViolationShowPage(page).goto(partner.id);
    await show.legalNote().waitFor();
    expect(await page.locator('.RaShow-main').textContent()).toContain(lang === 'zh' ? '建议零售价' : 'Suggested retail price');
    await show.timeline().getByTestId('event-evidence').first().waitFor();
    await shoot('partner-violation');

    // A lawful note to the partner: the price is a suggestion, nothing threatens supply.
    await page.getByTestId('violation-notice').click();
    const note = page.getByTestId('partner-notice-text');
    await note.waitFor();
    expect(await note.inputValue()).toContain(lang === 'zh' ? '建议零售价仅供参考' : 'The suggested retail price is a recommendation only');
    await shoot('partner-notice');
    await page.keyboard.press('Escape');

    await show.goto(own[2].id);
    await shoot('waived-violation');
  });
});
