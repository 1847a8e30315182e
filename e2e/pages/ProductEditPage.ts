import type { Locator, Page } from 'playwright-core';

/** A product's edit screen: its form, and below it the card listing its SKUs. */
export class ProductEditPage {
  constructor(readonly page: Page) {}

  readonly skusCard = () => this.page.getByTestId('product-skus');
  readonly skuRows = (): Locator => this.skusCard().locator('.RaDatagrid-row');
  readonly addSkuButton = () => this.skusCard().locator('a[href="#/skus/create"]');

  async waitUntilReady(): Promise<void> {
    await this.page.waitForURL(/#\/products\/\d+$/);
    await this.page.waitForFunction(() => (document.querySelector('form input[name="generic_name"]') as HTMLInputElement | null)?.value);
    await this.skuRows().first().waitFor();
  }
}
