import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { useBrowser } from './support/browser';
import { LoginPage } from './pages/LoginPage';
import { ChannelFormPage } from './pages/ChannelFormPage';
import { ListPage } from './pages/ListPage';
import { PromotionFormPage } from './pages/PromotionFormPage';
import { PromotionShowPage } from './pages/PromotionShowPage';
import { PromotionCalendarPage } from './pages/PromotionCalendarPage';

const e2e = useBrowser();

const OTC_SKU = 'HX-IBU-010'; // 布洛芬缓释胶囊, OTC (A), sold online
const RX_SKU = 'HX-AMX-012'; // 阿莫西林胶囊, prescription, sold online

const getOne = async (api: APIRequestContext, resource: string, filter: Record<string, unknown>) => {
  const [record] = await (await api.get(`/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`)).json();
  return record;
};

/** "YYYY-MM-DD HH:mm" in Shanghai, `days` from now (the demo promotions end within 60 days, bar a draft). */
const shanghai = (days: number, time: string) =>
  `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000))} ${time}`;

/** A promotion user plans a flash sale through the form, then finds it in the list, on its page and on the campaign calendar. */
test('should let a promotion user create a flash sale for an OTC SKU on JD and find it in the list, on its page and on the calendar', async () => {
  const { page, context } = e2e;
  await (await new LoginPage(page).goto()).login('promo@huaxin.example');
  const jd = await getOne(context.request, 'channels', { code: 'JD' });
  const form = await new PromotionFormPage(page).goto();
  const name = `E2E 秒杀 ${Date.now()}`;
  await form.input('name').fill(name);
  await form.chooseType('flash_sale');
  await form.typeInstant('start_at', shanghai(90, '00:00'));
  await form.typeInstant('end_at', shanghai(92, '00:00'));
  await form.chooseChannels(jd.name);
  await form.addSlot('10:00', '12:00');
  await form.input('warmup_hours').fill('24');
  await form.addSku(OTC_SKU);
  await form.fillItem(0, { promo_price: 8.8, stock_limit: 200, per_customer_limit: 2 });
  expect(await form.rxWarning().count()).toBe(0);
  const id = await form.saveAndOpen();

  const show = new PromotionShowPage(page);
  await show.waitUntilReady();
  expect(await show.banner().textContent()).toMatch(/Draft/);
  expect(await page.locator('.RaShow-main').textContent()).toMatch(/Flash sale/);
  expect(await show.items().textContent()).toContain(OTC_SKU);
  expect(await show.items().textContent()).toMatch(/8\.80/);
  expect(await page.locator('.RaShow-main').textContent()).toContain('10:00–12:00');
  const saved = await (await context.request.get(`/api/promotions/${id}`)).json();
  expect(saved).toMatchObject({ type: 'flash_sale', status: 'draft', channel_ids: [jd.id], slots: [{ start: '10:00', end: '12:00' }], warmup_hours: 24 });
  expect(saved.items[0]).toMatchObject({ promo_price: 8.8, stock_limit: 200, per_customer_limit: 2, group_size: null, tiers: null });

  const list = new ListPage(page, 'promotions');
  await page.goto('/#/promotions');
  await list.rows().first().waitFor();
  const row = await list.search(name);
  expect(await row.textContent()).toContain(jd.name);
  expect(await row.textContent()).toMatch(/Flash sale.*Draft/);
  // Export: a CSV for Excel (BOM), a row per SKU, the channel and SKU by name, labels in the reader's language.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\ufeffName,Type,State,Channels,')).toBe(true);
  expect(csv).toContain(`${name},Flash sale,Draft,${jd.name},`);
  expect(csv).toMatch(new RegExp(`${OTC_SKU},[^\\n]*,8\\.80,`));
  await list.openRow(row);
  await page.waitForURL(new RegExp(`#/promotions/${id}/show`));

  // It is on the campaign calendar, on JD's row, in the weeks it runs; a click opens it again.
  const calendar = await new PromotionCalendarPage(page).goto(`from=${shanghai(84, '').trim()}&weeks=8`);
  const bar = calendar.barOn(jd.id, id);
  await bar.waitFor();
  expect(await bar.textContent()).toContain(name);
  await bar.click();
  await page.waitForURL(new RegExp(`#/promotions/${id}/show`));
});

/** The Rx guard: flagged in the form before saving, then refused by the server with the SKU named. */
test('should warn about an Rx SKU on a consumer channel and show the refusal naming the SKU', async () => {
  const { page, context } = e2e;
  await (await new LoginPage(page).goto()).login('promo@huaxin.example');
  const jd = await getOne(context.request, 'channels', { code: 'JD' });
  const form = await new PromotionFormPage(page).goto();
  await form.input('name').fill('E2E 处方药秒杀');
  await form.chooseType('flash_sale');
  await form.chooseChannels(jd.name);
  await form.addSku(RX_SKU);
  await form.fillItem(0, { promo_price: 8, stock_limit: 50 });
  await form.rxWarning().waitFor();
  expect(await form.rxWarning().textContent()).toContain(RX_SKU);
  expect(await form.rxWarning().textContent()).toContain(jd.name);

  e2e.allowConsoleErrors(/status of 400/);
  await form.saveButton().click();
  await form.saveError().waitFor();
  const refusal = await form.saveError().textContent();
  expect(refusal).toContain(RX_SKU);
  expect(refusal).toContain(jd.name);
  expect(refusal).toMatch(/Prescription \(Rx\) SKU .* may not be promoted/);
  expect(await page.getByTestId('error-items.0.sku_id').textContent()).toMatch(/prescription/i);
  expect(page.url()).toContain('#/promotions/create');
});

/** Below the promo floor: pasted from Excel, submitted (pending), then approved by a manager from the approvals page. */
test('should send a below-floor promotion to a manager, who approves it from the approvals page', async () => {
  const { page, context } = e2e;
  let shell = await (await new LoginPage(page).goto()).login('promo@huaxin.example');
  const jd = await getOne(context.request, 'channels', { code: 'JD' });
  const sku = await getOne(context.request, 'skus', { code: OTC_SKU });
  const policy = await getOne(context.request, 'price-policies', { sku_id: sku.id });
  const below = Math.round((policy.promo_floor_price - 1) * 100) / 100;

  const form = await new PromotionFormPage(page).goto();
  const name = `E2E 底价以下 ${Date.now()}`;
  await form.input('name').fill(name);
  await form.chooseType('flash_sale');
  await form.typeInstant('start_at', shanghai(100, '10:00'));
  await form.typeInstant('end_at', shanghai(101, '10:00'));
  await form.chooseChannels(jd.name);
  // Rows copied from Excel, with a header and a code nobody has: it is listed, the rest is added.
  await form.pasteCodes(`SKU code\tName\tPrice\n${OTC_SKU.toLowerCase()}\t布洛芬\t${below}\nNOPE-404\t?\t5`);
  await page.getByTestId('paste-unknown').waitFor();
  expect(await page.getByTestId('paste-unknown').textContent()).toContain('NOPE-404');
  await page.getByTestId('paste-codes-dialog').getByRole('button', { name: 'Close' }).click();
  expect(await form.input('items.0.promo_price').inputValue()).toBe(String(below));
  await page.getByTestId('floor-0').filter({ hasText: /Below the floor/ }).waitFor();
  await form.fillItem(0, { stock_limit: 100 });
  const id = await form.saveAndOpen();

  const show = new PromotionShowPage(page);
  await show.waitUntilReady();
  await show.submit();
  expect(await show.banner().textContent()).toMatch(/Waiting for a manager: a price is below/);
  expect((await (await context.request.get(`/api/promotions/${id}`)).json()).status).toBe('pending');

  await shell.logout();
  shell = await new LoginPage(page).login('manager@huaxin.example');
  await shell.open('channel-prices');
  const queued = page.getByTestId(`pending-promotion-${id}`);
  await queued.waitFor();
  expect(await queued.textContent()).toContain(name);
  expect(await queued.textContent()).toMatch(/below the promo floor/i);
  await expect.poll(() => queued.textContent()).toContain(OTC_SKU); // the SKU furthest below its floor, once the floors are in
  await queued.getByTestId('promotion-approve').click();
  await queued.waitFor({ state: 'detached' });
  await expect.poll(async () => (await (await context.request.get(`/api/promotions/${id}`)).json()).state).toBe('scheduled');

  await new PromotionShowPage(page).goto(id);
  await expect.poll(() => page.getByTestId('promotion-workflow').textContent()).toMatch(/Approved/);
  expect(await page.getByTestId('promotion-state-banner').textContent()).toMatch(/Approved: it starts/);
});

const LANGUAGES = [{ lang: 'en', name: 'English' }, { lang: 'zh', name: '简体中文' }] as const;

/** Every promotion screen, in both languages, at the two window widths staff use; saved for review. */
describe.each(LANGUAGES)('promotion screens in $name', ({ lang, name: language }) => {
  test('should render translated, with a screenshot of each', async () => {
    const { page, context } = e2e;
    const login = await new LoginPage(page).goto();
    if (lang !== 'en') await login.switchLanguage(language);
    const shell = await login.login('admin@huaxin.example');
    const shoot = async (screen: string) => {
      // From the top, nothing focused: the app bar (hidden while scrolled) is back, no caret or focus ring.
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      await page.locator('header.MuiAppBar-root').waitFor();
      await page.waitForFunction(() => (document.querySelector('header.MuiAppBar-root')?.getBoundingClientRect().top ?? -1) === 0);
      await shell.settle();
      expect(await shell.untranslatedKeys(), `untranslated keys on ${screen}`).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${lang}-${screen} fits the window`).toBeLessThanOrEqual(page.viewportSize()!.width);
      await e2e.screenshot(`promotions-${lang}-${screen}-1440`, { width: 1440 });
      await e2e.screenshot(`promotions-${lang}-${screen}`);
    };
    const byName = async (text: string) => getOne(context.request, 'promotions', { q: text });

    await shell.open('promotions');
    await new ListPage(page, 'promotions').waitForRows();
    await shoot('list');

    // The form, type by type, with two SKUs (one of them Rx on a consumer channel: flagged).
    const jd = await getOne(context.request, 'channels', { code: 'JD' });
    const ysb = await getOne(context.request, 'channels', { code: 'YSB' });
    const form = await new PromotionFormPage(page).goto();
    await form.input('name').fill(lang === 'zh' ? '春季 OTC 促销' : 'Spring OTC promotion');
    await form.chooseChannels(jd.name, ysb.name);
    await form.chooseType('flash_sale');
    await form.addSlot('10:00', '12:00');
    await form.addSlot('20:00', '22:00');
    await form.addSku(OTC_SKU);
    await form.addSku(RX_SKU);
    await form.fillItem(0, { promo_price: 8.8, stock_limit: 200, per_customer_limit: 2 });
    await form.rxWarning().waitFor();
    await shoot('create-flash-sale');
    await form.chooseType('group_buy');
    await form.fillItem(0, { group_size: 3, group_window_hours: 24, leader_price: 8.5, auto_fill_pct: 67 });
    await shoot('create-group-buy');
    await form.chooseType('limited_discount');
    await page.getByTestId('recurrence-switch').locator('input').check();
    await page.locator('input[name="recurrence.every"][value="weekly"]').check();
    await shoot('create-limited-discount');
    await form.chooseType('volume_tier');
    await page.getByTestId('tiers-0').getByRole('button').last().click();
    await form.fillItem(0, { 'tiers.0.min_qty': 10, 'tiers.0.unit_price': 9.5 } as Record<string, number>);
    await page.getByTestId('tiers-0').getByRole('button').last().click();
    await form.fillItem(0, { 'tiers.1.min_qty': 50, 'tiers.1.unit_price': 9.9 } as Record<string, number>);
    await form.saveButton().click(); // client validation: the second tier must be cheaper
    await page.getByTestId('error-items.0.tiers.1').waitFor();
    await shoot('create-volume-tier');
    await form.pasteCodes('商品编码\t促销价\nHX-SMT-010\t12.80\nHX-XXX-000\t5\n6900000000000\nHX-APAP-100\tabc');
    await page.getByTestId('paste-outcome').waitFor();
    await shoot('paste-codes');
    await page.keyboard.press('Escape');

    // Show pages: a running discount, a promotion waiting for a manager (with the decision buttons).
    const running = await byName('冬季感冒季');
    await new PromotionShowPage(page).goto(running.id);
    await shoot('show-running');
    const pending = await byName('拼多多 周末特惠');
    await new PromotionShowPage(page).goto(pending.id);
    await page.getByTestId('promotion-approve').waitFor();
    await shoot('show-pending');
    const groupBuy = await byName('三人拼团');
    await new PromotionShowPage(page).goto(groupBuy.id);
    await shoot('show-group-buy');

    // Editing a running promotion: type locked, what sold per SKU, the notice about lowering prices.
    await page.goto(`/#/promotions/${running.id}`);
    await page.getByTestId('approved-edit-notice').waitFor();
    await form.rows().first().waitFor();
    await shoot('edit-running');
    // An ended one is history: read-only, with Duplicate.
    const ended = await byName('双11');
    await page.goto(`/#/promotions/${ended.id}`);
    await page.getByTestId('promotion-read-only').waitFor();
    await shoot('edit-ended');
    await page.getByTestId('promotion-duplicate').first().click();
    await page.waitForURL(/#\/promotions\/create/);
    await form.waitUntilReady();
    expect(await form.input('name').inputValue()).toMatch(/双11 狂欢秒杀(（副本）| \(copy\))/);
    await shoot('duplicate');

    // The buy groups the shops opened (the demo's two-person group buy: succeeded and failed).
    await shell.open('promotion-groups');
    await new ListPage(page, 'promotion-groups').waitForRows();
    expect(await page.locator('.RaDatagrid-root').textContent()).toMatch(lang === 'zh' ? /已成团.*|未成团/ : /Succeeded|Failed/);
    await shoot('groups');

    // The approvals page: pending promotions beside the price requests.
    await shell.open('channel-prices');
    await page.getByTestId('pending-promotions').waitFor();
    await shoot('approvals');

    // Channels: who buys there (the Rx rule), in the list, the form and the page.
    await shell.open('channels');
    await new ListPage(page, 'channels').waitForRows();
    await shoot('channels');
    await page.goto(`/#/channels/${ysb.id}`);
    await new ChannelFormPage(page).waitUntilReady();
    expect(await page.locator('form input[name="audience"]').inputValue()).toBe('b2b');
    await shoot('channel-edit');
    await page.goto(`/#/channels/${ysb.id}/show`);
    await page.locator('.RaShow-main').getByText(lang === 'zh' ? '企业（B2B）' : 'Businesses (B2B)').waitFor();
    await shoot('channel-show');

    // A company without promotions (the demo distributor) sees the invitation to plan one.
    await shell.logout();
    await new LoginPage(page).login('admin@kangda.example');
    await page.goto('/#/promotions');
    await page.locator('.RaEmpty-message').waitFor();
    await shoot('empty');
  });
});
