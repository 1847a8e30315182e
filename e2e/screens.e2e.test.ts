import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { apiAs, updateRecord } from './support/api';
import { useBrowser } from './support/browser';
import { repoRoot } from './support/paths';
import { AppShell, type Language } from './pages/AppShell';
import { ListPage } from './pages/ListPage';
import { LoginPage } from './pages/LoginPage';
import { PriceMatrixPage } from './pages/PriceMatrixPage';
import { ProductEditPage } from './pages/ProductEditPage';
import { SkuFormPage } from './pages/SkuFormPage';

// Its own server: the screenshots show the demo data as a newcomer sees it, whatever ran before.
const e2e = useBrowser({ freshServer: true });

const LANGUAGES: { lang: 'en' | 'zh'; name: Language; products: string; channels: string; users: string; auditLog: string }[] = [
  { lang: 'en', name: 'English', products: 'Products', channels: 'Channels', users: 'Users', auditLog: 'Audit log' },
  { lang: 'zh', name: '简体中文', products: '产品', channels: '渠道', users: '用户', auditLog: '操作日志' },
];

const LISTS = ['products', 'skus', 'channels', 'users'] as const;
const MUST_FIT = ['approvals', 'price-report', 'company-settings'];

let productWithSkus: number;

// A little history for the audit log screen (two edits through the API), and a product with SKUs.
beforeAll(async () => {
  const api = await apiAs(e2e.baseUrl, 'admin@huaxin.example');
  try {
    const [channel] = await (await api.get('/api/channels?sort=["id","ASC"]&range=[0,0]')).json();
    await updateRecord(api, 'channels', channel.id, { commission_rate: 0.06 });
    const [sku] = await (await api.get('/api/skus?sort=["id","ASC"]&range=[0,0]')).json();
    await updateRecord(api, 'skus', sku.id, { guide_price: Number(sku.guide_price) + 1 });
    productWithSkus = sku.product_id;
  } finally {
    await api.dispose();
  }
});

describe.each(LANGUAGES)('every screen in $name', ({ lang, name, ...menu }) => {
  test('should render translated, with a screenshot of each', async () => {
    const { page } = e2e;
    const shell = new AppShell(page);
    const shoot = async (screen: string) => {
      await shell.settle();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > page.viewportSize()!.width) {
        console.warn(`[e2e] ${lang}-${screen} is ${width}px wide: wider than the ${page.viewportSize()!.width}px window (it scrolls sideways)`);
      }
      // Screens a manager works through row by row must fit a 1280-pixel laptop, row actions included.
      if (MUST_FIT.includes(screen)) expect(width, `${lang}-${screen} fits the window`).toBeLessThanOrEqual(page.viewportSize()!.width);
      expect(await shell.untranslatedKeys(), `untranslated keys on ${screen}`).toEqual([]);
      // The two window widths staff use: a 1280-pixel laptop and a 1440-pixel desktop.
      await e2e.screenshot(`${lang}-${screen}-1440`, { width: 1440 });
      return e2e.screenshot(`${lang}-${screen}`);
    };

    const login = await new LoginPage(page).goto();
    if (lang !== 'en') await login.switchLanguage(name);
    await shoot('login');
    await login.login('admin@huaxin.example');

    expect(await shell.menuItem('products').innerText()).toContain(menu.products);
    expect(await shell.menuItem('channels').innerText()).toContain(menu.channels);
    expect(await shell.menuItem('users').innerText()).toContain(menu.users);
    expect(await shell.menuItem('audit-logs').innerText()).toContain(menu.auditLog);

    for (const resource of LISTS) {
      await shell.open(resource);
      const list = new ListPage(page, resource);
      await list.waitForRows();
      await shoot(resource);
      if (resource === 'skus' && lang === 'en') {
        // The README's picture: the first screen, exactly as a 1280×800 window shows it.
        fs.mkdirSync(path.join(repoRoot, 'docs'), { recursive: true });
        await page.screenshot({ path: path.join(repoRoot, 'docs', 'screenshot-skus.png'), animations: 'disabled' });
      }
      if (resource === 'products') {
        await page.goto(`/#/products/${productWithSkus}`);
        const product = new ProductEditPage(page);
        await product.waitUntilReady();
        await shoot('product-edit');
      }
      if (resource === 'skus') {
        await list.createButton().click();
        await new SkuFormPage(page).waitUntilReady();
        await shoot('sku-create');
      }
    }

    const matrix = await new PriceMatrixPage(page).goto();
    await page.locator('.ag-row[row-index="0"]', { hasText: /HX-/ }).first().waitFor();
    await shoot('price-matrix');
    await matrix.search().fill('HX-AMX');
    await page.locator('.ag-row[row-index="0"]', { hasText: 'HX-AMX' }).first().waitFor();
    await page.locator('.ag-row[row-index="0"] [col-id^="ch_"] .rx-history').first().click({ force: true });
    await page.getByRole('dialog').locator('.recharts-surface').first().waitFor();
    await shoot('price-history');
    await page.keyboard.press('Escape');

    await shell.open('channel-prices');
    await page.locator('.RaDatagrid-row').first().waitFor();
    await shoot('approvals');

    await page.goto('/#/price-report');
    await page.getByTestId('report-tab-parity').click();
    await page.locator('.RaList-main').first().waitFor();
    await shoot('price-report');

    await shell.open('audit-logs');
    const log = new ListPage(page, 'audit-logs');
    await log.waitForRows();
    await shoot('audit-log');

    await page.goto('/#/settings');
    await page.getByTestId('company-settings').locator('input[name="parity_tolerance"]').waitFor();
    expect(await page.locator('input[name="parity_tolerance"]').inputValue()).toBe('5');
    await shoot('company-settings');
  });
});
