import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { useBrowser } from './support/browser';
import { artifactsDir } from './support/paths';
import { LoginPage } from './pages/LoginPage';
import { PriceMatrixPage } from './pages/PriceMatrixPage';
import { AppShell } from './pages/AppShell';
import { typeDay } from './pages/DayPickerField';

const e2e = useBrowser();

interface MatrixRow { id: number; code: string; control_price: number | null; cells: Record<string, { price: number | null; pending: unknown }> }

test('should take a below-control price from the matrix through approval and back into the matrix', async () => {
  const { page, context } = e2e;
  let shell = await (await new LoginPage(page).goto()).login('sales@huaxin.example');

  // An online SKU with a JD price in force, no pending change, and a control price.
  const [jd] = await (await context.request.get(`/api/channels?filter=${encodeURIComponent('{"code":"JD"}')}`)).json();
  const rows: MatrixRow[] = await (await context.request.get(
    `/api/price-matrix?range=${encodeURIComponent('[0,199]')}&filter=${encodeURIComponent('{"channel_scope":"online","status":"active"}')}`,
  )).json();
  const sku = rows.find((r) => r.control_price && r.cells[jd.id]?.price && !r.cells[jd.id].pending)!;
  expect(sku, 'a demo SKU priced on JD').toBeTruthy();
  const lowPrice = Math.round((sku.control_price! - 0.5) * 100) / 100;

  const matrix = await new PriceMatrixPage(page).goto();
  await matrix.show(sku.code);
  await e2e.screenshot('pricing-matrix-en');
  await matrix.editCell(jd.id, lowPrice);
  await expect.poll(() => matrix.cell(jd.id).textContent()).toContain(lowPrice.toFixed(2));
  // Leaving with an unsaved draft asks first; staying keeps the draft.
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.message()); void d.dismiss(); }));
  await shell.menuItem('products').click();
  expect(await asked).toMatch(/unsaved change/);
  expect(page.url()).toContain('#/price-matrix');
  expect(await matrix.cell(jd.id).textContent()).toContain(lowPrice.toFixed(2));
  await matrix.submitDrafts('E2E clearance below control');

  // Below the control price → pending, with the marker on the cell.
  await expect.poll(() => matrix.cell(jd.id).locator('.rx-pending').count()).toBe(1);
  const pending = await (await context.request.get(`/api/channel-prices?filter=${encodeURIComponent(JSON.stringify({ sku_id: sku.id, channel_id: jd.id, status: 'pending' }))}`)).json();
  expect(pending).toHaveLength(1);
  expect(pending[0]).toMatchObject({ price: lowPrice, approval_reason: 'below_control' });
  await e2e.screenshot('pricing-matrix-pending-en');

  // The manager approves it on the approvals page.
  await shell.logout();
  shell = await new LoginPage(page).login('manager@huaxin.example');
  await shell.open('channel-prices');
  // the queue's own rows: while its code loads, the previous screen's list (and search box) stays on show
  await page.locator('tbody tr:has(td.column-channel_name)').first().waitFor();
  await page.locator('input[name="q"]').fill(sku.code);
  const row = page.locator('tbody tr', { hasText: sku.code }).filter({ hasText: jd.name }).first();
  await row.waitFor();
  await expect.poll(() => page.locator('tbody tr:has(td.column-channel_name)').count()).toBe(1); // the search narrows the queue (promotions waiting sit in their own table above)
  await e2e.screenshot('pricing-approvals-en');
  await row.getByRole('button', { name: 'Approve' }).click();
  await expect.poll(async () => (await (await context.request.get(`/api/channel-prices/${pending[0].id}`)).json()).status).toBe('approved');

  // The matrix now shows the new price in force.
  await matrix.goto();
  await matrix.show(sku.code);
  await expect.poll(() => matrix.cell(jd.id).textContent()).toContain(lowPrice.toFixed(2));
  expect(await matrix.cell(jd.id).locator('.rx-pending').count()).toBe(0);
  // As of yesterday the matrix shows the price that was in force then, read-only.
  const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - 24 * 3600 * 1000));
  await typeDay(page.getByTestId('matrix-as-of'), yesterday);
  await page.getByTestId('matrix-as-of-notice').waitFor();
  await expect.poll(() => matrix.cell(jd.id).textContent()).toContain(sku.cells[jd.id].price!.toFixed(2));
  await e2e.screenshot('pricing-matrix-as-of-en');
  await typeDay(page.getByTestId('matrix-as-of'), null);
  await expect.poll(() => matrix.cell(jd.id).textContent()).toContain(lowPrice.toFixed(2));
  // The manager hunting the problem: the compliance report lists it below control; a click opens exactly that SKU in the matrix.
  await page.goto('/#/price-report');
  await page.getByTestId('report-tab-below_control').click();
  const reportRow = page.getByTestId('below-control-report').locator('tbody tr', { hasText: sku.code }).filter({ hasText: jd.name });
  await reportRow.waitFor();
  expect(await reportRow.innerText()).toContain(lowPrice.toFixed(2));
  await e2e.screenshot('pricing-report-below-control-en');
  await e2e.screenshot('pricing-report-below-control-en-1440', { width: 1440 });
  await reportRow.click();
  await page.waitForURL(/#\/price-matrix\?breaches=below_control&id=/);
  await page.getByTestId('matrix-drill-id').waitFor();
  await expect.poll(() => page.getByTestId('matrix-total').textContent()).toMatch(/^1\b/);
  await expect.poll(() => matrix.cell(jd.id).textContent()).toContain(lowPrice.toFixed(2));
  await e2e.screenshot('pricing-matrix-drill-en');

  await shell.switchLanguage('简体中文');
  await page.goto('/#/price-report');
  await page.getByTestId('report-tab-parity').click();
  await page.locator('.RaList-main').first().waitFor();
  await new AppShell(page).settle();
  expect(await new AppShell(page).untranslatedKeys()).toEqual([]);
  await e2e.screenshot('pricing-report-parity-zh');
  await e2e.screenshot('pricing-report-parity-zh-1440', { width: 1440 });
  await page.getByTestId('report-tab-below_control').click();
  await page.getByTestId('below-control-report').waitFor();
  await e2e.screenshot('pricing-report-below-control-zh');
  await matrix.goto();
  await matrix.show(sku.code);
  await expect.poll(() => matrix.cell(jd.id).textContent()).toContain(lowPrice.toFixed(2));
  await e2e.screenshot('pricing-matrix-zh');

  // The requester's bell says so, in their language.
  await shell.logout();
  shell = await new LoginPage(page).login('sales@huaxin.example');
  const bell = page.getByTestId('notification-bell');
  await expect.poll(async () => Number((await bell.locator('.MuiBadge-badge').textContent()) || 0)).toBeGreaterThan(0);
  await bell.click();
  const approvedNote = page.locator('.MuiPopover-paper').getByText(new RegExp(`${sku.code}.*(已通过|was approved)`)).first();
  await approvedNote.waitFor();
  await e2e.screenshot('pricing-bell-after-approval');
});

test('should export the matrix as an XLSX file that opens', async () => {
  const { page } = e2e;
  await (await new LoginPage(page).goto()).login('sales@huaxin.example');
  const matrix = await new PriceMatrixPage(page).goto();
  await matrix.total().waitFor();
  // Compact by default; product details and the channels shown are the user's choice.
  const [jdChannel] = await (await e2e.context.request.get(`/api/channels?filter=${encodeURIComponent('{"code":"JD"}')}`)).json();
  const jdHeader = page.locator(`.ag-header-cell[col-id="ch_${jdChannel.id}"]`);
  await jdHeader.waitFor();
  expect(await page.locator('.ag-header-cell[col-id="pack_desc"]').count()).toBe(0);
  await page.getByTestId('matrix-details').click();
  await page.locator('.ag-header-cell[col-id="pack_desc"]').waitFor();
  await page.locator('.MuiSelect-select:has(+ input[data-testid="matrix-channel-picker"])').click();
  await page.getByRole('option', { name: new RegExp(jdChannel.name) }).click();
  await page.keyboard.press('Escape');
  await jdHeader.waitFor({ state: 'detached' });
  await e2e.screenshot('pricing-matrix-details-channels-en');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export XLSX' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^price-matrix-.*\.xlsx$/);
  const file = path.join(artifactsDir, 'price-matrix.xlsx');
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  // In the user's language (English here), channels by name, enum labels spelled out.
  const [jd] = await (await e2e.context.request.get(`/api/channels?filter=${encodeURIComponent('{"code":"JD"}')}`)).json();
  expect(sheet.name).toBe('Channel prices');
  expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['SKU code', 'Control price', 'Rx class', jd.name]));
  expect(sheet.getColumn(7).values.slice(2, 50)).not.toContain('rx');
  expect(sheet.rowCount).toBeGreaterThan(100);
});
