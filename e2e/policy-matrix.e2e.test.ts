import { expect, test } from 'vitest';
import { useBrowser } from './support/browser';
import { LoginPage } from './pages/LoginPage';
import { PriceMatrixPage } from './pages/PriceMatrixPage';

const e2e = useBrowser();

interface MatrixRow { id: number; code: string; control_price: number | null; promo_floor_price: number | null; policy_id: number | null; policy_pending: unknown }

/**
 * A sales user keeps the price policy in the matrix: raising a control price applies at once,
 * lowering it waits for a manager, and the grid marks the lowering until then.
 */
test('should edit a control price in the matrix: a raise applies, a lowering waits for a manager', async () => {
  const { page, context } = e2e;
  const shell = await (await new LoginPage(page).goto()).login('sales@huaxin.example');
  const rows: MatrixRow[] = await (await context.request.get(
    `/api/price-matrix?range=${encodeURIComponent('[0,199]')}&filter=${encodeURIComponent('{"status":"active","channel_scope":"offline"}')}`, // SKUs the other browser tests leave alone
  )).json();
  const sku = rows.find((r) => r.policy_id && r.control_price && !r.policy_pending)!;
  expect(sku, 'a demo SKU with a price policy').toBeTruthy();
  const raised = Math.round((sku.control_price! + 1) * 100) / 100;
  const lowered = Math.round((sku.control_price! - 2) * 100) / 100;

  const matrix = await new PriceMatrixPage(page).goto();
  await matrix.show(sku.code);
  await page.getByText(/^Double-click or type to edit/).waitFor(); // the user's rights are known: cells are editable
  const control = page.locator('.ag-row[row-index="0"] [col-id="control_price"]').first();
  /** Double-clicks the cell until its editor opens (a reload of the rows after a save may cancel the first). */
  const type = async (value: number) => {
    const editor = page.locator('.ag-cell-inline-editing input').first();
    await expect.poll(async () => {
      if (!(await editor.isVisible())) await control.dblclick();
      return editor.isVisible();
    }, { timeout: 10_000 }).toBe(true);
    await editor.fill(String(value));
    await editor.press('Enter');
  };

  await type(raised);
  await page.getByText(`Price policy of ${sku.code} saved`).waitFor();
  await expect.poll(() => control.textContent()).toContain(raised.toFixed(2));
  expect(await control.getAttribute('class')).not.toContain('rx-policy-pending');

  await type(lowered);
  await page.getByText(new RegExp(`Lowering the price policy of ${sku.code} waits for a manager`)).waitFor();
  await expect.poll(() => control.getAttribute('class')).toContain('rx-policy-pending');
  expect(await control.textContent()).toContain(raised.toFixed(2)); // the old value holds until approved
  const policy = await (await context.request.get(`/api/price-policies/${sku.policy_id}`)).json();
  expect(policy).toMatchObject({ control_price: raised, pending_change: { control_price: lowered } });
  await e2e.screenshot('matrix-policy-pending-en');
  // More channels lie to the right: a horizontal scrollbar shows it and can be grabbed.
  const scrollbar = await page.locator('.ag-body-horizontal-scroll').boundingBox();
  expect(scrollbar?.height ?? 0).toBeGreaterThanOrEqual(8);

  await shell.switchLanguage('简体中文');
  await page.getByTestId('matrix-legend').getByText('价格政策下调待经理审批').waitFor();
  await e2e.screenshot('matrix-policy-pending-zh-1440', { width: 1440 });
});
