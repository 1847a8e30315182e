import { afterAll, beforeAll, expect, test } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { apiAs } from './support/api';
import { useBrowser } from './support/browser';
import { LoginPage } from './pages/LoginPage';
import { PromotionCalendarPage } from './pages/PromotionCalendarPage';

const e2e = useBrowser();
const PROMO = 'promo@huaxin.example';
const DAY = 86_400_000;

/** Midnight in Shanghai `days` from today, as an ISO instant. */
function shanghaiMidnight(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00+08:00`) + days * DAY).toISOString();
}

interface Ids { flash: number; groupBuy: number; discount: number; tiers: number; cancelled: number; jd: number; mini: number; tmall: number; distEast: number }
let ids: Ids;
let api: APIRequestContext;
const stamp = Date.now().toString(36).slice(-4).toUpperCase();

const list = async (path: string, filter: object) =>
  (await api.get(`/api/${path}?range=${encodeURIComponent('[0,999]')}&filter=${encodeURIComponent(JSON.stringify(filter))}`)).json();

async function create(body: object, submit = true): Promise<number> {
  const res = await api.post('/api/promotions', { data: body });
  if (!res.ok()) throw new Error(`POST /api/promotions: ${res.status()} ${await res.text()}`);
  const { id } = await res.json();
  if (submit) {
    const submitted = await api.post(`/api/promotions/${id}/submit`, { data: {} });
    if (!submitted.ok()) throw new Error(`submit ${id}: ${submitted.status()} ${await submitted.text()}`);
  }
  return id;
}

// A few campaigns of different shapes, as the promotion user plans them, on SKUs no demo campaign uses.
beforeAll(async () => {
  api = await apiAs(e2e.baseUrl, PROMO);
  const channels: { id: number; code: string }[] = await list('channels', {});
  const channel = (code: string) => channels.find((c) => c.code === code)!.id;
  const otcProducts = new Set((await list('products', { rx_class: ['otc_a', 'otc_b'] })).map((p: { id: number }) => p.id));
  const used = new Set((await list('promotions', {})).flatMap((p: { items: { sku_id: number }[] }) => p.items.map((i) => i.sku_id)));
  const free = async (scope: string) => (await list('skus', { status: 'active', channel_scope: scope }))
    .filter((s: { id: number; product_id: number }) => otcProducts.has(s.product_id) && !used.has(s.id)) as { id: number; guide_price: number }[];
  const [online1, online2, online3] = await free('online');
  const [offline1] = await free('offline');
  const yuan = (sku: { guide_price: number }, share: number) => Math.round(Number(sku.guide_price) * share * 10) / 10;
  ids = { jd: channel('JD'), mini: channel('HX-MINI'), tmall: channel('TMALL'), distEast: channel('DIST-EAST') } as Ids;

  ids.flash = await create({
    name: `E2E 限量秒杀 ${stamp}`, type: 'flash_sale', channel_ids: [ids.jd], start_at: shanghaiMidnight(1), end_at: shanghaiMidnight(4),
    slots: [{ start: '10:00', end: '12:00' }, { start: '20:00', end: '22:00' }],
    items: [{ sku_id: online1.id, promo_price: yuan(online1, 0.8), stock_limit: 300 }],
  });
  // A draft on the same SKU and channel at the same time: a conflict to be marked on JD's row.
  ids.groupBuy = await create({
    name: `E2E 三人团 ${stamp}`, type: 'group_buy', channel_ids: [ids.jd, ids.mini], start_at: shanghaiMidnight(2), end_at: shanghaiMidnight(9),
    items: [{ sku_id: online1.id, promo_price: yuan(online1, 0.85), group_size: 3, group_window_hours: 24 }],
  }, false);
  ids.discount = await create({
    name: `E2E 天猫会员日 ${stamp}`, type: 'limited_discount', channel_ids: [ids.tmall], start_at: shanghaiMidnight(-3), end_at: shanghaiMidnight(12),
    items: [{ sku_id: online2.id, discount_pct: 10 }, { sku_id: online3.id, promo_price: yuan(online3, 0.9) }],
  });
  ids.tiers = await create({
    name: `E2E 分销阶梯价 ${stamp}`, type: 'volume_tier', channel_ids: [ids.distEast, channel('CHAIN-LBX')], start_at: shanghaiMidnight(7), end_at: shanghaiMidnight(35),
    items: [{ sku_id: offline1.id, tiers: [{ min_qty: 10, unit_price: yuan(offline1, 0.95) }, { min_qty: 50, unit_price: yuan(offline1, 0.9) }] }],
  });
  ids.cancelled = await create({
    name: `E2E 已取消 ${stamp}`, type: 'limited_discount', channel_ids: [ids.mini], start_at: shanghaiMidnight(5), end_at: shanghaiMidnight(8),
    items: [{ sku_id: online3.id, discount_pct: 5 }],
  });
  const cancelled = await api.post(`/api/promotions/${ids.cancelled}/cancel`, { data: {} });
  if (!cancelled.ok()) throw new Error(`cancel: ${cancelled.status()} ${await cancelled.text()}`);
});

afterAll(async () => {
  await api?.dispose();
});

/** The promotion user plans the weeks ahead: every campaign on its channels' rows, conflicts in red, one click to open it. */
test('should show promotions as bars on their channels\' rows and open one from the calendar', async () => {
  const { page } = e2e;
  const shell = await (await new LoginPage(page).goto()).login(PROMO);
  await page.locator('a[role="menuitem"][href="#/promotion-calendar"]').click();
  const calendar = new PromotionCalendarPage(page);
  await calendar.waitUntilLoaded();

  expect(await calendar.weeks().count()).toBe(10);
  expect(await calendar.weeks().first().textContent()).toMatch(/^W\d+/);
  await calendar.barOn(ids.jd, ids.flash).waitFor();
  expect(await calendar.barOn(ids.jd, ids.flash).textContent()).toContain(`E2E 限量秒杀 ${stamp}`);
  expect(await calendar.barOn(ids.jd, ids.flash).getAttribute('data-state')).toBe('scheduled');
  // On every row it covers, and only there.
  await calendar.barOn(ids.mini, ids.groupBuy).waitFor();
  expect(await calendar.row(ids.tmall).getByTestId(`calendar-bar-${ids.flash}`).count()).toBe(0);
  expect(await calendar.barOn(ids.tmall, ids.discount).getAttribute('data-state')).toBe('running');
  // The draft overlapping the flash sale on JD: both marked there; on the mini-program it competes with nothing.
  expect(await calendar.barOn(ids.jd, ids.flash).getAttribute('data-conflict')).toBe('true');
  expect(await calendar.barOn(ids.jd, ids.groupBuy).getAttribute('data-conflict')).toBe('true');
  expect(await calendar.barOn(ids.mini, ids.groupBuy).getAttribute('data-conflict')).toBeNull();
  // Overlapping bars stack in lanes: the draft sits below the flash sale.
  const [flashBox, groupBox] = [await calendar.barOn(ids.jd, ids.flash).boundingBox(), await calendar.barOn(ids.jd, ids.groupBuy).boundingBox()];
  expect(Math.abs(flashBox!.y - groupBox!.y)).toBeGreaterThanOrEqual(20);
  await page.getByTestId('calendar-now').waitFor();
  expect(await page.getByTestId('calendar-conflicts').textContent()).toMatch(new RegExp(`京东大药房: E2E 限量秒杀 ${stamp} ⇄ E2E 三人团 ${stamp}`));

  await calendar.barOn(ids.jd, ids.flash).hover();
  const tooltip = page.getByRole('tooltip');
  await tooltip.waitFor();
  await e2e.screenshot('promotion-calendar-tooltip-en', { fullPage: false });
  expect(await tooltip.textContent()).toMatch(/Flash sale.*Scheduled.*10:00–12:00, 20:00–22:00.*1 SKU.*Sold 0 of 300.*Conflicts on this channel with: E2E 三人团/s);
  await shell.settle();
  await e2e.screenshot('promotion-calendar-en');
  await e2e.screenshot('promotion-calendar-en-1440', { width: 1440 });
  expect(await shell.untranslatedKeys()).toEqual([]);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(1280);

  // The type filter hides group buys; later weeks move the flash sale out of sight, "today" brings it back.
  await calendar.typeFilter('group_buy').click();
  await expect.poll(() => calendar.bar(ids.groupBuy).count()).toBe(0);
  expect(await calendar.barOn(ids.jd, ids.flash).getAttribute('data-conflict')).toBe('true'); // its conflict stays marked
  await calendar.typeFilter('group_buy').click();
  await page.getByTestId('calendar-next').click();
  await expect.poll(() => calendar.bar(ids.flash).count()).toBe(0);
  await page.getByTestId('calendar-today').click();
  await calendar.barOn(ids.jd, ids.flash).waitFor();

  // Rejected and cancelled promotions only on demand.
  expect(await calendar.bar(ids.cancelled).count()).toBe(0);
  await page.getByTestId('calendar-show-closed').click();
  expect(await calendar.barOn(ids.mini, ids.cancelled).getAttribute('data-state')).toBe('cancelled');
  await page.getByTestId('calendar-show-closed').click();
  await expect.poll(() => calendar.bar(ids.cancelled).count()).toBe(0);

  // Weeks with nothing planned say so.
  await calendar.goto('from=2031-01-06');
  expect(await page.getByTestId('calendar-empty').textContent()).toContain('No promotions in these weeks.');
  expect(await calendar.weeks().first().textContent()).toContain('Jan 6–12');
  await shell.settle();
  await e2e.screenshot('promotion-calendar-empty-en');
  await page.getByTestId('calendar-today').click();
  await calendar.barOn(ids.jd, ids.flash).waitFor();

  // Keyboard: the bars are links; Enter on the focused one opens it.
  await calendar.barOn(ids.tmall, ids.discount).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`#/promotions/${ids.discount}/show$`));
  await page.goBack();
  await calendar.waitUntilLoaded();

  // A click opens the flash sale's page.
  await calendar.barOn(ids.jd, ids.flash).click();
  await page.waitForURL(new RegExp(`#/promotions/${ids.flash}/show$`));
  await page.getByText(`E2E 限量秒杀 ${stamp}`).first().waitFor();
});

test('should show the calendar in Chinese with week labels of the month, and the dashboard\'s running and upcoming promotions', async () => {
  const { page } = e2e;
  const shell = await (await new LoginPage(page).goto()).login(PROMO);
  await shell.switchLanguage('简体中文');
  const calendar = await new PromotionCalendarPage(page).goto();
  expect(await calendar.weeks().first().textContent()).toMatch(/^\d{1,2}月第\d周/);
  expect(await page.getByTestId('calendar-group-online').textContent()).toContain('线上渠道');
  expect(await calendar.row(ids.distEast).textContent()).toContain('B端');
  await calendar.barOn(ids.distEast, ids.tiers).waitFor();
  await calendar.barOn(ids.jd, ids.flash).hover();
  await page.getByRole('tooltip').waitFor();
  expect(await page.getByRole('tooltip').textContent()).toMatch(/秒杀.*未开始/s);
  await shell.settle();
  expect(await shell.untranslatedKeys()).toEqual([]);
  await e2e.screenshot('promotion-calendar-zh');
  await e2e.screenshot('promotion-calendar-zh-1440', { width: 1440 });
  // Twelve weeks still fit a 1280-pixel window.
  await calendar.goto('weeks=12');
  expect(await calendar.weeks().count()).toBe(12);
  await shell.settle();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await e2e.screenshot('promotion-calendar-zh-12-weeks');

  // The dashboard: running now (the Tmall discount), starting soon (the flash sale with its stock).
  await page.goto('/#/');
  const card = page.getByTestId('dashboard-promotions');
  await card.getByTestId(`dashboard-promotion-${ids.discount}`).waitFor();
  expect(await page.getByTestId('dashboard-promotions-running').textContent()).toContain(`E2E 天猫会员日 ${stamp}`);
  const flash = page.getByTestId('dashboard-promotions-upcoming').getByTestId(`dashboard-promotion-${ids.flash}`);
  expect(await flash.textContent()).toMatch(/秒杀.*京东大药房.*开始.*已售 0 \/ 300/s);
  await page.getByTestId('dashboard-trend').locator('.rx-trend-line').waitFor();
  await shell.settle();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280); // long names are cut, not widening the page
  await e2e.screenshot('dashboard-promotions-zh');
  await e2e.screenshot('dashboard-promotions-zh-1440', { width: 1440 });
  await shell.switchLanguage('English');
  await card.getByText('Promotions: running and upcoming').waitFor();
  expect(await flash.textContent()).toMatch(/Flash sale.*京东大药房.*Starts (tomorrow|in \d+ (hours?|minutes?)).*0 \/ 300 sold/s);
  await shell.settle();
  await e2e.screenshot('dashboard-promotions-en');
  await e2e.screenshot('dashboard-promotions-en-1440', { width: 1440 });

  await card.getByRole('link', { name: 'Open calendar' }).click();
  await page.waitForURL(/#\/promotion-calendar$/);
  await flash.waitFor({ state: 'detached' });
  await page.getByTestId('dashboard-promotions').waitFor({ state: 'detached' });
  await page.goto('/#/');
  await flash.click();
  await page.waitForURL(new RegExp(`#/promotions/${ids.flash}/show$`));
});

/** A salesperson reads promotions too (every role may): the calendar is in the menu, without "create". */
test('should show the calendar to a sales user, read-only', async () => {
  const { page } = e2e;
  await (await new LoginPage(page).goto()).login('sales@huaxin.example');
  await page.locator('a[role="menuitem"][href="#/promotion-calendar"]').waitFor();
  const calendar = await new PromotionCalendarPage(page).goto();
  await calendar.barOn(ids.jd, ids.flash).waitFor();
  expect(await page.locator('a[href="#/promotions/create"]').count()).toBe(0);
});
