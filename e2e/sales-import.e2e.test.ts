import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { expect, test } from 'vitest';
import { useBrowser } from './support/browser';
import { artifactsDir } from './support/paths';
import { AppShell } from './pages/AppShell';
import { LoginPage } from './pages/LoginPage';

// Its own server: the corrected report replaces a month of the demo distributor's sell-through.
const e2e = useBrowser({ freshServer: true });

/** Last month in Beijing, as 'YYYY-MM'. */
function lastMonth(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const [y, m] = today.slice(0, 7).split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * A sales user with a distributor's GBK 流向 report, in Chinese: upload it, keep the guessed
 * columns, give an unknown buyer type a meaning, watch the import, answer that the report replaces
 * the month already imported, and find exactly the file's sales in the report.
 */
test('should import a distributor\'s sell-through report and show its sales in the report', async () => {
  const { page, context } = e2e;
  const login = await new LoginPage(page).goto();
  await login.switchLanguage('简体中文');
  const shell: AppShell = await login.login('sales@huaxin.example');

  const skus: { code: string }[] = await (await context.request.get(`/api/skus?range=${encodeURIComponent('[0,4]')}&filter=${encodeURIComponent('{"status":"active"}')}`)).json();
  const [distributor] = await (await context.request.get(`/api/channels?filter=${encodeURIComponent('{"code":"DIST-EAST"}')}`)).json();
  const month = lastMonth();
  const buyers = [
    ['百姓缘连锁药店', '连锁药店', '四川', '成都'], ['仁心大药房(天河店)', '零售药店', '广东省', '广州市'],
    ['城南社区卫生服务中心', '基层医疗', '江苏省', '南京市'], ['第一人民医院', '医院', '北京', '北京市'], ['济民门诊部', '民营门诊', '河南省', '郑州市'],
  ];
  const rows: string[] = [];
  let totalFen = 0;
  for (let i = 0; i < 24; i++) {
    const [name, type, province, city] = buyers[i % buyers.length];
    const qty = 10 + i;
    const priceFen = 1000 + i * 37;
    totalFen += qty * priceFen;
    rows.push([`${month}-${String(1 + i).padStart(2, '0')}`, `XS${month.replace('-', '')}${String(i).padStart(3, '0')}`, name, type, province, city,
      skus[i % skus.length].code, '品名', '规格', `B${i}`, qty, (priceFen / 100).toFixed(2), ((qty * priceFen) / 100).toFixed(2)].join(','));
  }
  const file = path.join(artifactsDir, '流向报表-GBK.csv');
  fs.writeFileSync(file, iconv.encode(['单据日期,单据编号,客户名称,客户类型,省,市,商品编码,商品名称,规格,批号,数量,单价,金额', ...rows].join('\r\n'), 'gbk'));

  // The "Sales data" group of the menu; no import yet, so the list invites one.
  await page.getByText('销售数据', { exact: true }).waitFor();
  await shell.open('sales-imports');
  await page.getByTestId('sales-imports-empty').waitFor();
  await shell.settle();
  await e2e.screenshot('sales-imports-empty-zh');
  await page.getByRole('link', { name: '导入销售数据' }).click();

  await page.getByTestId('sales-import-kind-sell_through').waitFor();
  await page.getByTestId('sales-import-channel').locator('..').click();
  await page.getByRole('option', { name: distributor.name }).click();
  await shell.settle();
  await e2e.screenshot('sales-import-upload-zh');
  await e2e.screenshot('sales-import-upload-zh-1440', { width: 1440 });
  await page.getByTestId('sales-import-file').setInputFiles(file);

  // Columns guessed from the Chinese headers.
  const mapping = page.getByTestId('sales-import-mapping');
  await mapping.waitFor();
  expect(await page.getByTestId('sales-import-map-customer_type').inputValue()).toBe('客户类型');
  expect(await page.getByTestId('sales-import-map-doc_no').inputValue()).toBe('单据编号');
  expect(await mapping.textContent()).toContain('百姓缘连锁药店');
  await shell.settle();
  await e2e.screenshot('sales-import-mapping-zh');
  await e2e.screenshot('sales-import-mapping-zh-1440', { width: 1440 });
  await page.getByTestId('sales-import-check').click();

  // One buyer type the import does not know: the user says what it is, and the check passes.
  const unknown = page.getByTestId('sales-import-unknown');
  await unknown.waitFor();
  expect(await unknown.textContent()).toContain('民营门诊');
  await shell.settle();
  await e2e.screenshot('sales-import-check-zh');
  await page.getByTestId('sales-import-value-民营门诊').locator('..').click();
  await page.getByRole('option', { name: '诊所' }).click();
  await unknown.getByRole('button', { name: '重新检查' }).click();
  await unknown.waitFor({ state: 'detached' });
  expect(await page.getByTestId('sales-import-preview-counts').textContent()).toContain('24 行有效');
  expect(await page.getByTestId('sales-import-lines').textContent()).toContain('四川省');
  await shell.settle();
  await e2e.screenshot('sales-import-preview-zh');
  await e2e.screenshot('sales-import-preview-zh-1440', { width: 1440 });

  // The demo already holds this distributor's sell-through for the month: the import asks, showing both totals.
  await page.getByTestId('sales-import-start').click();
  const period = page.getByTestId('sales-import-period');
  await period.waitFor();
  expect(await period.textContent()).toMatch(/本文件有 24 单，金额 ¥[\d,]+\.\d\d/);
  await shell.settle();
  await e2e.screenshot('sales-import-replace-zh');
  await e2e.screenshot('sales-import-replace-zh-1440', { width: 1440 });
  await page.getByTestId('sales-import-replace').click();
  const result = page.getByTestId('sales-import-result');
  await result.waitFor();
  expect(await result.textContent()).toMatch(/24\s*新增订单/);
  await shell.settle();
  await e2e.screenshot('sales-import-done-zh');

  // The report, opened from the result, holds exactly the file's sales for the month.
  await page.getByTestId('sales-import-open-report').click();
  await page.waitForURL(/#\/sales-report\?/);
  const table = page.getByTestId('report-table');
  await table.locator('.ag-row').first().waitFor();
  const total = (totalFen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 });
  await expect.poll(async () => table.textContent()).toContain(total);
  expect(await table.textContent()).toMatch(/诊所/);
  await shell.settle();
  await e2e.screenshot('sales-import-report-zh');

  // The import list, in English too, at both widths.
  await shell.open('sales-imports');
  const row = page.locator('.RaDatagrid-row', { hasText: '流向报表-GBK.csv' });
  await row.waitFor();
  expect(await row.textContent()).toContain('已导入');
  await shell.switchLanguage('English');
  await row.getByText('Imported').waitFor();
  expect(await shell.untranslatedKeys()).toEqual([]);
  await shell.settle();
  await e2e.screenshot('sales-imports-en');
  await e2e.screenshot('sales-imports-en-1440', { width: 1440 });
  await row.click();
  await page.getByTestId('sales-import-result').waitFor();
  await shell.settle();
  await e2e.screenshot('sales-import-show-en');
});

/** A platform export with an unknown SKU and an unknown status word: the problems row by row, to download, and no import. */
test('should list the problems of a bad platform export in English, downloadable, and refuse to import it', async () => {
  const { page, context } = e2e;
  const shell = await (await new LoginPage(page).goto()).login('sales@huaxin.example');
  const [jd] = await (await context.request.get(`/api/channels?filter=${encodeURIComponent('{"code":"JD"}')}`)).json();
  const [sku] = await (await context.request.get(`/api/skus?range=${encodeURIComponent('[0,0]')}&filter=${encodeURIComponent('{"status":"active"}')}`)).json();
  const lines = ['订单编号,下单时间,订单状态,商品编码,购买数量,商品单价,实付金额,收货省份,收货城市'];
  for (let i = 0; i < 6; i++) lines.push(`E2E${i},2026-03-0${1 + i} 10:0${i}:00,${i === 5 ? '待评价' : '已完成'},${i === 4 ? 'NO-SUCH-SKU' : sku.code},1,20.00,20.00,浙江,杭州市`);
  const file = path.join(artifactsDir, 'platform-orders.csv');
  fs.writeFileSync(file, `\ufeff${lines.join('\n')}`);

  await page.goto('/#/sales-imports/create');
  await page.getByTestId('sales-import-kind-orders').click();
  await page.getByTestId('sales-import-channel').locator('..').click();
  await page.getByRole('option', { name: jd.name }).click();
  await page.getByTestId('sales-import-file').setInputFiles(file);
  await page.getByTestId('sales-import-check').click();
  const errors = page.getByTestId('sales-import-errors');
  await errors.waitFor();
  expect(await errors.textContent()).toContain('No SKU with code or GTIN "NO-SUCH-SKU"');
  expect(await page.getByTestId('sales-import-unknown').textContent()).toContain('待评价');
  expect(await page.getByTestId('sales-import-start').isDisabled()).toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the problems' }).click()]);
  expect(download.suggestedFilename()).toMatch(/errors\.xlsx$/);
  await shell.settle();
  await e2e.screenshot('sales-import-errors-en');
  await e2e.screenshot('sales-import-errors-en-1440', { width: 1440 });
});
