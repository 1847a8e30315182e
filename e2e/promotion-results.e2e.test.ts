import { expect, test } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { apiAs } from './support/api';
import { useBrowser } from './support/browser';
import { LoginPage } from './pages/LoginPage';
import { PromotionResultsPage } from './pages/PromotionResultsPage';

const e2e = useBrowser();

interface Promotion { id: number; name: string; type: string; state: string }
interface Results {
  units: number; revenue: number; orders: number; buyers: number; discount_given: number; budget: number | null;
  items: unknown[]; groups: { opened: number; succeeded: number; failed: number; open: number; success_rate_pct: number | null };
  lift: { lift_pct: number | null; series: { period: string; amount: number }[] };
}

const yuan = (v: number, locale: 'en-US' | 'zh-CN') => new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(v);

async function demo(api: APIRequestContext, pick: (p: Promotion) => boolean): Promise<{ promotion: Promotion; results: Results }> {
  const promotions: Promotion[] = await (await api.get('/api/promotions?range=[0,199]')).json();
  const promotion = promotions.find(pick);
  if (!promotion) throw new Error(`No such demo promotion among ${promotions.map((p) => `${p.name} (${p.state})`).join(', ')}`);
  const results: Results = await (await api.get(`/api/promotions/${promotion.id}/results`)).json();
  return { promotion, results };
}

/** A sales user looks at what Double 11 did: the figures the API counts, the lift chart, each SKU; in both languages. */
test('should show the ended Double 11 flash sale\'s figures, lift chart and SKUs, in English and Chinese', async () => {
  const { page } = e2e;
  const api = await apiAs(e2e.baseUrl, 'sales@huaxin.example');
  const { promotion, results } = await demo(api, (p) => p.name === '双11 狂欢秒杀');
  await api.dispose();
  expect(promotion.state).toBe('ended');

  const shell = await (await new LoginPage(page).goto()).login('sales@huaxin.example');
  const view = await new PromotionResultsPage(page).goto(promotion.id);
  expect(await view.name().textContent()).toBe('双11 狂欢秒杀');
  expect(await page.getByTestId('results-header').textContent()).toMatch(/Flash sale.*Ended/s);
  expect(await page.getByTestId('results-period').textContent()).toMatch(/11\/11\/\d{4}, 00:00\s*–\s*11\/12\/\d{4}, 00:00/);
  expect(await view.kpiValue('units').textContent()).toBe(results.units.toLocaleString('en-US'));
  expect(await view.kpiValue('revenue').textContent()).toBe(yuan(results.revenue, 'en-US'));
  expect(await view.kpiValue('orders').textContent()).toBe(results.orders.toLocaleString('en-US'));
  expect(await view.kpiValue('buyers').textContent()).toBe(results.buyers.toLocaleString('en-US'));
  expect(await view.kpiValue('discount').textContent()).toBe(yuan(results.discount_given, 'en-US'));
  expect(await view.kpi('discount').textContent()).toContain(`of the ${yuan(30000, 'en-US')} budget`);
  expect(await view.skuRows().count()).toBe(results.items.length);
  expect(await view.groups().count()).toBe(0); // not a group buy

  if (results.units > 0) {
    // The 28 days before in a muted colour, the promotion's day in the brand colour, both averages dashed.
    await view.bars().first().waitFor();
    expect(await view.chart().locator('.recharts-bar-rectangle path[fill="#00695c"]').count()).toBe(results.lift.series.filter((d) => d.period === 'during' && d.amount !== 0).length);
    expect(await view.chart().locator('.recharts-bar-rectangle path[fill="#b0bec5"]').count()).toBe(results.lift.series.filter((d) => d.period === 'before' && d.amount !== 0).length);
    expect(await view.averageLines().count()).toBe(2);
    expect(await view.chart().textContent()).toMatch(/Before: CN¥[\d,.]+\/day.*During: CN¥[\d,.]+\/day/s);
    expect(await view.kpiValue('lift').textContent()).toMatch(/^[+-][\d,.]+%$/);
    expect(await view.empty().count()).toBe(0);
  } else {
    // No engine orders in this demo yet: the page says so instead of showing zeros as if they were news.
    await view.empty().waitFor();
  }
  await shell.settle();
  expect(await shell.untranslatedKeys()).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await e2e.screenshot('promotion-results-en');
  await e2e.screenshot('promotion-results-en-1440', { width: 1440 });

  await shell.switchLanguage('简体中文');
  await page.getByText('活动前 28 天', { exact: true }).waitFor();
  expect(await page.getByTestId('results-header').textContent()).toMatch(/秒杀.*已结束/s);
  expect(await view.kpiValue('revenue').textContent()).toBe(yuan(results.revenue, 'zh-CN'));
  await shell.settle();
  expect(await shell.untranslatedKeys()).toEqual([]);
  await e2e.screenshot('promotion-results-zh');
  await e2e.screenshot('promotion-results-zh-1440', { width: 1440 });
  await shell.switchLanguage('English');

  await view.back().click();
  await page.waitForURL(new RegExp(`#/promotions/${promotion.id}/show$`));
});

/** A group buy that ended: how many groups formed, next to the usual figures. */
test('should show how the groups of an ended group buy went', async () => {
  const { page } = e2e;
  const api = await apiAs(e2e.baseUrl, 'promo@huaxin.example');
  const { promotion, results } = await demo(api, (p) => p.type === 'group_buy' && p.state === 'ended');
  await api.dispose();
  const shell = await (await new LoginPage(page).goto()).login('promo@huaxin.example');
  const view = await new PromotionResultsPage(page).goto(promotion.id);
  await view.groups().waitFor();
  const { groups } = results;
  if (groups.opened > 0) {
    expect(await page.getByTestId('groups-rate').textContent()).toBe(`${groups.success_rate_pct}%`);
    expect(await page.getByTestId('groups-succeeded').textContent()).toContain(String(groups.succeeded));
    expect(await page.getByTestId('groups-failed').textContent()).toContain(String(groups.failed));
  } else {
    expect(await view.groups().textContent()).toContain('No group opened yet.');
  }
  await shell.settle();
  await e2e.screenshot('promotion-results-group-buy-en');
  await shell.switchLanguage('简体中文');
  await view.groups().getByText('成团率').waitFor();
  await shell.settle();
  expect(await shell.untranslatedKeys()).toEqual([]);
  await e2e.screenshot('promotion-results-group-buy-zh', { width: 1440 });
  await shell.switchLanguage('English');
});

/** A running discount and a campaign that has not started: figures so far, or "no sales yet". */
test('should show a running discount\'s figures so far and say a scheduled campaign has no sales yet', async () => {
  const { page } = e2e;
  const api = await apiAs(e2e.baseUrl, 'manager@huaxin.example');
  const running = await demo(api, (p) => p.type === 'limited_discount' && p.state === 'running');
  const scheduled = await demo(api, (p) => p.state === 'scheduled');
  await api.dispose();
  const shell = await (await new LoginPage(page).goto()).login('manager@huaxin.example');

  const view = await new PromotionResultsPage(page).goto(running.promotion.id);
  expect(await view.kpiValue('units').textContent()).toBe(running.results.units.toLocaleString('en-US'));
  if (running.results.lift.series.some((d) => d.amount !== 0)) await view.bars().first().waitFor();
  else await view.chartEmpty().waitFor();
  await shell.settle();
  await e2e.screenshot('promotion-results-running-en');

  await view.goto(scheduled.promotion.id);
  await view.empty().waitFor();
  expect(await view.empty().textContent()).toMatch(/No sales yet: the promotion starts \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}\./);
  expect(await view.chartEmpty().textContent()).toContain('once the promotion has started');
  expect(await view.kpiValue('units').textContent()).toBe('0');
  expect(await view.kpiValue('lift').textContent()).toBe('—');
  await shell.settle();
  await e2e.screenshot('promotion-results-scheduled-en');
  await shell.switchLanguage('简体中文');
  await view.empty().getByText(/还没有销售/).waitFor();
  await shell.settle();
  await e2e.screenshot('promotion-results-scheduled-zh');
  await shell.switchLanguage('English');
});
