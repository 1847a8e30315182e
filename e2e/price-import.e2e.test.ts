import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { useBrowser } from './support/browser';
import { artifactsDir } from './support/paths';
import { LoginPage } from './pages/LoginPage';
import { PriceMatrixPage } from './pages/PriceMatrixPage';

const e2e = useBrowser();

interface MatrixRow { id: number; code: string; control_price: number | null; cells: Record<string, { price: number | null; pending: unknown }> }

/**
 * The Excel round trip as a sales user does it, in Chinese: export the matrix, change one price in
 * the file, import the file as it is, see exactly one change against the price it replaces, import
 * it, and find the new price in the matrix.
 */
test('should take an edited matrix export back through the import as exactly one change', async () => {
  const { page, context } = e2e;
  const login = await new LoginPage(page).goto();
  await login.switchLanguage('简体中文');
  await login.login('sales@huaxin.example');

  const [jd] = await (await context.request.get(`/api/channels?filter=${encodeURIComponent('{"code":"JD"}')}`)).json();
  const rows: MatrixRow[] = await (await context.request.get(
    `/api/price-matrix?range=${encodeURIComponent('[0,199]')}&filter=${encodeURIComponent('{"channel_scope":"online","status":"active"}')}`,
  )).json();
  const sku = rows.find((r) => r.control_price && r.cells[jd.id]?.price && !r.cells[jd.id].pending && r.cells[jd.id].price! > r.control_price)!;
  expect(sku, 'a demo SKU priced on JD above its control price').toBeTruthy();
  const current = sku.cells[jd.id].price!;
  const newPrice = Math.round(current * 102) / 100; // +2%: within the auto-approval threshold

  const matrix = await new PriceMatrixPage(page).goto();
  await matrix.show(sku.code);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 XLSX' }).click()]);
  const file = path.join(artifactsDir, 'round-trip.xlsx');
  await download.saveAs(file);

  // Staff edit one cell in Excel and save.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(sheet.rowCount).toBe(2);
  expect(sheet.getRow(2).getCell(1).value).toBe(sku.code);
  sheet.getRow(2).getCell(header.indexOf(jd.name) + 1).value = newPrice;
  const edited = path.join(artifactsDir, 'round-trip-edited.xlsx');
  await workbook.xlsx.writeFile(edited);

  await page.getByRole('button', { name: '导入价格' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('import-template-wide').waitFor();
  await e2e.screenshot('import-upload-zh');
  await dialog.getByTestId('price-import-file').setInputFiles(edited);
  await dialog.getByTestId('import-wide-detected').waitFor();
  expect(await dialog.getByTestId('import-layout-wide').getAttribute('aria-pressed')).toBe('true');
  // The date picker speaks the UI language, whatever the browser's (this one is en-US).
  const day = dialog.getByTestId('import-default-effective-from');
  expect(await day.inputValue()).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  await dialog.getByRole('button', { name: /选择日期|Choose date/ }).click();
  const calendar = page.locator('.MuiDateCalendar-root');
  await calendar.waitFor();
  expect(await calendar.textContent()).toMatch(/\d{4}年\d{1,2}月/); // 2026年11月, weeks from 一 to 日
  await e2e.screenshot('import-day-picker-zh');
  await page.keyboard.press('Escape');
  await calendar.waitFor({ state: 'detached' });
  await e2e.screenshot('import-mapping-wide-zh');
  await e2e.screenshot('import-mapping-wide-zh-1440', { width: 1440 });

  await dialog.getByRole('button', { name: '检查数据' }).click();
  const counts = dialog.getByTestId('import-preview-counts');
  await counts.waitFor();
  expect(await counts.textContent()).toContain('1 项价格变更');
  const change = dialog.locator('tr', { hasText: sku.code });
  expect(await change.textContent()).toContain(jd.name);
  expect(await change.textContent()).toContain(current.toFixed(2));
  expect(await change.textContent()).toContain(newPrice.toFixed(2));
  await e2e.screenshot('import-preview-zh');

  await dialog.getByRole('button', { name: '导入 1 项变更' }).click();
  await dialog.getByText('导入完成').waitFor();
  await e2e.screenshot('import-done-zh');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => matrix.cell(jd.id).textContent()).toContain(newPrice.toFixed(2));

  // The same file again changes nothing, and says so.
  await page.getByRole('button', { name: '导入价格' }).click();
  await dialog.getByTestId('price-import-file').setInputFiles(edited);
  await dialog.getByTestId('import-wide-detected').waitFor();
  await dialog.getByRole('button', { name: '检查数据' }).click();
  await dialog.getByText(/没有需要变更的价格/).waitFor();
  expect(await dialog.getByRole('button', { name: /^导入 \d+ 项变更$/ }).isDisabled()).toBe(true);
});

test('should show a bad cell by its channel column and download the errors as a sheet, in English', async () => {
  const { page, context } = e2e;
  await (await new LoginPage(page).goto()).login('sales@huaxin.example');
  const [jd] = await (await context.request.get(`/api/channels?filter=${encodeURIComponent('{"code":"JD"}')}`)).json();
  const [sku] = await (await context.request.get(`/api/skus?range=${encodeURIComponent('[0,0]')}&filter=${encodeURIComponent('{"channel_scope":"online","status":"active"}')}`)).json();
  const csv = path.join(artifactsDir, 'bad-prices.csv');
  fs.writeFileSync(csv, `SKU code,${jd.name}\n${sku.code},12.3.4\n`);

  const matrix = await new PriceMatrixPage(page).goto();
  await matrix.total().waitFor();
  await page.getByRole('button', { name: 'Import prices' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('price-import-file').setInputFiles(csv);
  await dialog.getByTestId('import-wide-detected').waitFor();
  expect(await dialog.getByTestId('import-default-effective-from').inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  const errors = dialog.getByTestId('import-errors');
  await errors.waitFor();
  expect(await errors.textContent()).toContain(jd.name);
  expect(await errors.textContent()).toContain('12.3.4');
  await e2e.screenshot('import-errors-en');
  await e2e.screenshot('import-errors-en-1440', { width: 1440 });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('import-errors-download').click()]);
  const file = path.join(artifactsDir, 'import-errors.xlsx');
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  expect((workbook.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(['Row', 'Column', 'Problem']);
  expect((workbook.worksheets[0].getRow(2).values as unknown[]).slice(1, 3)).toEqual([2, jd.name]);
});
