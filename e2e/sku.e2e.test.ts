import { expect, test } from 'vitest';
import { apiAs } from './support/api';
import { useBrowser } from './support/browser';
import { gtinPair } from './support/gtin';
import { LoginPage } from './pages/LoginPage';
import { SkuListPage } from './pages/SkuListPage';

const e2e = useBrowser();

test('should refuse a wrong GTIN check digit beside the field, then create the SKU once it is fixed', async () => {
  const { page } = e2e;
  const stamp = Date.now();
  const code = `E2E-${stamp}`;
  const gtin = gtinPair(stamp);

  const shell = await (await new LoginPage(page).goto()).login('sales@huaxin.example');
  await shell.open('skus');
  const list = new SkuListPage(page);
  await list.waitForRows();
  const form = await list.clickCreate();

  await form.fill({
    code,
    name: `E2E 测试 SKU ${stamp}`,
    pack_desc: '0.25g×12粒',
    units_per_pack: 12,
    unit: '粒',
    gtin: gtin.wrong,
    channel_scope: 'online',
    guide_price: 9.9,
  });
  await form.save();

  await expect.poll(() => form.fieldError('gtin').textContent()).toMatch(/check digit|校验位/);
  expect(page.url()).toContain('#/skus/create');
  await e2e.screenshot('sku-gtin-error-en');
  const stored = await e2e.context.request.get(`/api/skus?filter=${encodeURIComponent(JSON.stringify({ q: code }))}`);
  expect(stored.status()).toBe(200);
  expect(await stored.json()).toEqual([]);

  await form.input('gtin').fill(gtin.valid);
  await expect.poll(() => form.fieldError('gtin').count()).toBe(0);
  await form.save();
  await page.waitForURL((url) => url.hash.startsWith('#/skus') && !url.hash.includes('create'));

  const row = await list.search(code);
  expect(await list.rows().count()).toBe(1);
  expect(await row.textContent()).toContain(gtin.valid);
  await e2e.screenshot('sku-created-en');

  await shell.switchLanguage('简体中文');
  await expect.poll(() => shell.menuItem('products').textContent()).toContain('产品');
  await expect.poll(() => shell.menuItem('channels').textContent()).toContain('渠道');
  expect(await row.textContent()).toContain('线上');
  await e2e.screenshot('sku-created-zh');

  // The same check-digit message, in Chinese.
  const again = await list.clickCreate();
  await again.input('gtin').fill(gtin.wrong);
  await again.input('gtin').blur();
  await expect.poll(() => again.fieldError('gtin').textContent()).toContain('校验位');
  await e2e.screenshot('sku-gtin-error-zh');
});

test('should find SKUs by pinyin initials and set the status of several at once', async () => {
  const { page } = e2e;
  const stamp = Date.now();
  const api = await apiAs(e2e.baseUrl, 'sales@huaxin.example');
  const codes: string[] = [];
  try {
    const [product] = await (await api.get('/api/products?range=[0,0]')).json();
    for (const n of [1, 2]) {
      const res = await api.post('/api/skus', { data: {
        product_id: product.id, code: `PY-${stamp}-${n}`, name: `鹦鹉螺测试装 ${n}`, pack_desc: '10片/盒', units_per_pack: 10, unit: '片', channel_scope: 'all', guide_price: 12,
      } });
      expect(res.status(), await res.text()).toBe(201);
      codes.push(`PY-${stamp}-${n}`);
    }
  } finally {
    await api.dispose();
  }

  const shell = await (await new LoginPage(page).goto()).login('sales@huaxin.example');
  await shell.open('skus');
  const list = new SkuListPage(page);
  await list.waitForRows();
  await list.searchBox().fill('ywlcsz'); // the initials of 鹦鹉螺测试装
  await expect.poll(async () => (await list.rows().allInnerTexts()).filter((t) => t.includes(`PY-${stamp}`)).length).toBe(2);
  await expect.poll(() => list.rows().count()).toBe(2);
  await page.locator('.RaDatagrid-headerCell input[type="checkbox"]').first().check();
  await page.getByTestId('bulk-set-status').click();
  await page.getByRole('dialog').getByRole('combobox').click();
  await page.getByRole('option', { name: 'Inactive' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Apply to 2 SKUs/ }).click();
  await expect.poll(async () => (await list.rows().allInnerTexts()).every((t) => t.includes('Inactive'))).toBe(true);
  await e2e.screenshot('sku-bulk-status-en');
});

test('should save a filtered SKU list under a name and bring it back later', async () => {
  const { page } = e2e;
  const shell = await (await new LoginPage(page).goto()).login('sales@huaxin.example');
  await shell.open('skus');
  const list = new SkuListPage(page);
  await list.waitForRows();
  await list.searchBox().fill('阿莫 胶囊');
  await page.waitForURL((url) => decodeURIComponent(url.hash).includes('阿莫 胶囊'));
  await expect.poll(async () => (await list.rows().allInnerTexts()).every((t) => t.includes('阿莫'))).toBe(true);
  const filtered = await list.rows().count();
  expect(filtered).toBeGreaterThan(0);

  const addFilter = page.locator('.RaList-actions').getByRole('button', { name: /add filter/i });
  await addFilter.click();
  await page.getByRole('menuitem', { name: /Save current query/ }).click();
  await page.getByRole('dialog').locator('input#name').fill('Amoxicillin capsules');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  await addFilter.click();
  await page.getByRole('menuitem', { name: /Remove all filters/ }).click();
  await expect.poll(() => list.searchBox().inputValue()).toBe('');
  await addFilter.click();
  await page.getByRole('menuitem', { name: 'Amoxicillin capsules' }).click();
  await expect.poll(() => list.searchBox().inputValue()).toBe('阿莫 胶囊');
  await expect.poll(() => list.rows().count()).toBe(filtered);
});
