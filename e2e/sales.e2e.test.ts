import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { useBrowser } from './support/browser';
import { artifactsDir } from './support/paths';
import { LoginPage } from './pages/LoginPage';
import { ListPage } from './pages/ListPage';
import { AppShell } from './pages/AppShell';

const e2e = useBrowser();

/** Everyone lands on the dashboard: revenue against last month, the trend, the mix, top SKUs and plans, in both languages. */
test('should open the console on the dashboard with this year\'s demo sales, in English and Chinese', async () => {
  const { page } = e2e;
  const shell = await (await new LoginPage(page).goto()).login('manager@huaxin.example');
  const dashboard = page.getByTestId('dashboard');
  await dashboard.waitFor();
  await page.locator('[data-testid="dashboard-trend"] .rx-trend-line').waitFor();
  await expect.poll(async () => page.getByTestId('dashboard-top-skus').locator('p').count()).toBeGreaterThanOrEqual(20); // ten rows: rank, name, amount
  await page.getByTestId('plan-attainment').waitFor();
  expect(await page.getByTestId('dashboard-mix').textContent()).toMatch(/Online.*%.*Offline.*%/s);
  expect(await dashboard.textContent()).toMatch(/This month\s*CN¥[\d,]+/);
  await shell.settle();
  await e2e.screenshot('dashboard-en');
  await e2e.screenshot('dashboard-en-1440', { width: 1440 });

  await shell.switchLanguage('简体中文');
  await page.getByText('本月计划完成').waitFor();
  expect(await dashboard.textContent()).toMatch(/本月\s*¥[\d,]+/);
  await shell.settle();
  await e2e.screenshot('dashboard-zh');
  await e2e.screenshot('dashboard-zh-1440', { width: 1440 });

  // A card opens the report behind it.
  await page.getByTestId('dashboard-top-skus').getByRole('link').click();
  await page.waitForURL(/#\/sales-report\?/);
  await page.getByTestId('report-table').locator('.ag-row').first().waitFor();
  expect(await page.getByTestId('report-table').locator('.ag-header').textContent()).toMatch(/SKU.*销售额.*扣佣后/s);
  await shell.settle();
  await e2e.screenshot('sales-report-zh');
  await e2e.screenshot('sales-report-zh-1440', { width: 1440 });

  // The plans with this month's attainment beside them.
  await shell.open('sales-plans');
  await new ListPage(page, 'sales-plans').waitForRows();
  await page.getByTestId('plan-attainment').waitFor();
  await new ListPage(page, 'sales-plans').row('张伟 Zhang Wei').first().waitFor(); // the salesperson by name, for a manager too
  await shell.settle();
  await e2e.screenshot('sales-plans-zh');
  await e2e.screenshot('sales-plans-zh-1440', { width: 1440 });
});

/** A manager hunting a problem: which channel fell against last month, by how much, and the orders behind it. */
test('should compare channels with the previous month, export the report and open the orders of a row', async () => {
  const { page, context } = e2e;
  await (await new LoginPage(page).goto()).login('manager@huaxin.example');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const month = today.slice(0, 7);
  const [y, m] = month.split('-').map(Number);
  const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const lastDay = new Date(Date.UTC(Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5)), 0)).getUTCDate();
  const filter = { date_gte: `${lastMonth}-01`, date_lte: `${lastMonth}-${lastDay}` };
  await page.goto(`/#/sales-report?group_by=channel_id&filter=${encodeURIComponent(JSON.stringify(filter))}&compare=previous_period&chart=bar`);
  const table = page.getByTestId('report-table');
  await table.locator('.ag-row').first().waitFor();
  await page.getByTestId('report-chart').locator('.recharts-bar-rectangle').first().waitFor();
  const header = await table.locator('.ag-header').textContent();
  expect(header).toMatch(/Channel.*Revenue.*Previous revenue.*Change/s);
  expect(await table.locator('.ag-row-pinned').first().textContent()).toMatch(/Total/);
  await e2e.screenshot('sales-report-compare-en');

  // The same figures as the API gives, for the first row.
  const api = await (await context.request.get(`/api/reports/sales?group_by=channel_id&filter=${encodeURIComponent(JSON.stringify(filter))}&compare=previous_period`)).json();
  const [jd] = await (await context.request.get(`/api/channels?filter=${encodeURIComponent('{"code":"JD"}')}`)).json();
  const jdRow = api.find((r: { channel_id: number }) => r.channel_id === jd.id);
  expect(jdRow).toBeTruthy();
  const jdGridRow = table.locator('.ag-row:not(.ag-row-pinned)', { hasText: jd.name });
  expect(await jdGridRow.textContent()).toContain(Number(jdRow.amount).toLocaleString('en-US', { minimumFractionDigits: 2 }));

  // Export: what the screen shows, in the reader's language, by name.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export').click()]);
  const file = path.join(artifactsDir, 'sales-report.xlsx');
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Channel', 'Quantity', 'Revenue']);
  expect(sheet.getColumn(1).values).toContain(jd.name);

  // Realised prices against control, in the compliance report.
  await page.goto('/#/price-report');
  await page.getByTestId('report-tab-realization').click();
  await page.getByTestId('realization-report').locator('tbody tr').first().waitFor();
  await e2e.screenshot('price-realization-en');
  await new AppShell(page).switchLanguage('简体中文');
  await page.getByText('只看低于控价').waitFor();
  await e2e.screenshot('price-realization-zh');
  await new AppShell(page).switchLanguage('English');

  // The province heat grid, then the orders behind JD's row.
  await page.goto(`/#/sales-report?group_by=province&filter=${encodeURIComponent(JSON.stringify(filter))}&chart=province`);
  await page.getByTestId('province-grid').waitFor();
  await e2e.screenshot('sales-report-provinces-en', { width: 1440 });
  await page.goto(`/#/sales-report?group_by=channel_id&filter=${encodeURIComponent(JSON.stringify(filter))}&compare=previous_period`);
  await jdGridRow.click();
  await page.waitForURL(/#\/orders\?/);
  const orders = new ListPage(page, 'orders');
  await orders.waitForRows();
  const shown = await orders.rows().first().textContent();
  expect(shown).toContain(jd.name);
  expect(decodeURIComponent(page.url())).toContain(`"ordered_at_gte":"${lastMonth}-01"`);
  expect(shown).toMatch(new RegExp(`${lastMonth.slice(5)}/\\d{2}/${lastMonth.slice(0, 4)}`)); // ordered last month (MM/DD/YYYY)
  await e2e.screenshot('orders-from-report-en');
});

/** A sales user enters a pharmacy's order by hand and finds it with its lines; a consumer's name is masked. */
test('should let a sales user enter an order with lines and see it counted', async () => {
  const { page, context } = e2e;
  const shell = await (await new LoginPage(page).goto()).login('sales@huaxin.example');
  await shell.switchLanguage('简体中文');
  const [sku] = await (await context.request.get(`/api/skus?range=${encodeURIComponent('[0,0]')}&filter=${encodeURIComponent('{"status":"active","channel_scope":"offline"}')}`)).json();
  const orderNo = `E2E-${Date.now()}`;
  await page.goto('/#/orders/create');
  const form = page.locator('form');
  await form.locator('input[name="order_no"]').waitFor();
  const channel = form.getByLabel('渠道');
  await channel.fill('老百姓');
  await page.getByRole('option', { name: /老百姓大药房/ }).click();
  await form.locator('input[name="order_no"]').fill(orderNo);
  await form.locator('input[name="customer_name"]').fill('张三');
  await form.getByLabel('客户类型').click();
  await page.getByRole('option', { name: '消费者' }).click();
  await form.getByLabel('省份').fill('广东');
  await page.getByRole('option', { name: '广东省' }).click();
  await form.getByRole('combobox', { name: /^SKU/ }).fill(sku.code);
  await page.getByRole('option', { name: new RegExp(sku.code) }).click();
  await form.locator('input[name="lines.0.qty"]').fill('3');
  await form.locator('input[name="lines.0.unit_price"]').fill('12.5');
  await e2e.screenshot('order-create-zh');
  await e2e.screenshot('order-create-zh-1440', { width: 1440 });
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/#\/orders\/\d+\/show$/);
  const lines = page.getByTestId('order-lines');
  await lines.waitFor();
  expect(await lines.textContent()).toContain(sku.code);
  expect(await lines.textContent()).toContain('37.50');
  expect(await page.locator('.RaShow-main').textContent()).toContain('张*'); // never the full name
  await e2e.screenshot('order-show-zh');

  const orders = await new ListPage(page, 'orders').goto();
  await orders.search(orderNo);
  await e2e.screenshot('orders-list-zh');
});

/** An admin gives a channel an API key, the channel's system pushes an order with it, and the order is there. */
test('should let an admin create a channel key that a channel system uses to push orders', async () => {
  const { page, context, baseUrl } = e2e;
  await (await new LoginPage(page).goto()).login('admin@huaxin.example');
  const [meituan] = await (await context.request.get(`/api/channels?filter=${encodeURIComponent('{"code":"MEITUAN"}')}`)).json();
  await page.goto(`/#/channels/${meituan.id}`);
  const panel = page.getByTestId('api-key-panel');
  await panel.waitFor();
  await panel.getByTestId('api-key-create').click();
  if (meituan.api_key_prefix) await page.getByRole('button', { name: /Confirm|确认/ }).click();
  const value = page.getByTestId('api-key-value');
  await value.waitFor();
  const key = await value.inputValue();
  expect(key).toMatch(/^rxk_/);
  await e2e.screenshot('channel-api-key-en');
  await page.getByRole('button', { name: /Close|关闭/ }).click();
  await panel.getByText(/since/).waitFor();
  await new AppShell(page).switchLanguage('简体中文');
  await panel.getByText('订单接口密钥').waitFor();
  await e2e.screenshot('channel-api-key-zh');

  // The channel's system: no session, only the key.
  const [sku] = await (await context.request.get(`/api/skus?range=${encodeURIComponent('[0,0]')}&filter=${encodeURIComponent('{"status":"active","channel_scope":"online"}')}`)).json();
  const orderNo = `MT-${Date.now()}`;
  const pushed = await fetch(`${baseUrl}/api/ingest/orders`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Api-Key': key },
    body: JSON.stringify({ orders: [{ order_no: orderNo, ordered_at: new Date().toISOString(), status: 'paid', customer_type: 'consumer', customer_name: '王五', province: '上海', lines: [{ sku_code: sku.code, qty: 2, unit_price: 20 }] }] }),
  });
  expect(pushed.status).toBe(200);
  expect(await pushed.json()).toEqual({ created: 1, updated: 0, unchanged: 0 });
  const orders = await new ListPage(page, 'orders').goto();
  const row = await orders.search(orderNo);
  expect(await row.textContent()).toContain('王*');
  expect(await row.textContent()).toContain('上海市');
});
