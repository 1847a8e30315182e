import type { Locator, Page } from 'playwright-core';

/** The price matrix (#/price-matrix): AG Grid of SKUs × channels with drafts and a submit dialog. */
export class PriceMatrixPage {
  constructor(readonly page: Page) {}

  readonly search = () => this.page.locator('input[aria-label="Search code, name, generic or brand"], input[aria-label="搜索编码、名称、通用名或品牌"]');
  readonly total = () => this.page.getByTestId('matrix-total');

  async goto(): Promise<this> {
    await this.page.goto('/#/price-matrix');
    await this.search().waitFor();
    return this;
  }

  /** Searches for one SKU code and waits until the grid shows just that row. */
  async show(code: string): Promise<void> {
    await this.search().fill(code);
    await this.page.locator('.ag-row[row-index="0"]', { hasText: code }).first().waitFor();
    await this.page.locator('.ag-row[row-index="1"]').first().waitFor({ state: 'detached' });
  }

  cell(channelId: number, row = 0): Locator {
    return this.page.locator(`.ag-row[row-index="${row}"] [col-id="ch_${channelId}"]`);
  }

  async editCell(channelId: number, price: number): Promise<void> {
    await this.cell(channelId).dblclick();
    const editor = this.page.locator('.ag-cell-inline-editing input, .ag-popup-editor input').first();
    await editor.waitFor();
    await editor.fill(String(price));
    await editor.press('Enter');
  }

  /** Submits the drafts through the dialog (effective date defaults to today). */
  async submitDrafts(reason: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Submit…$|^提交…$/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/Reason|原因/).fill(reason);
    await dialog.getByRole('button').last().click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
