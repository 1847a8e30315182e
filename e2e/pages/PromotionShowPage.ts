import type { Page } from 'playwright-core';

/** A promotion's page: its state, details, SKUs and the actions the reader may take. */
export class PromotionShowPage {
  constructor(readonly page: Page) {}

  readonly banner = () => this.page.getByTestId('promotion-state-banner');
  readonly items = () => this.page.getByTestId('promotion-items-show');
  readonly workflow = () => this.page.getByTestId('promotion-workflow');

  async goto(id: number): Promise<this> {
    await this.page.goto(`/#/promotions/${id}/show`);
    await this.waitUntilReady();
    return this;
  }

  async waitUntilReady(): Promise<void> {
    await this.banner().waitFor();
    await this.items().locator('tbody tr').first().waitFor();
  }

  /** Submits (with its confirmation) and waits for the new state's banner. */
  async submit(): Promise<void> {
    const before = await this.banner().textContent();
    await this.page.getByTestId('promotion-submit').click();
    await this.page.locator('.MuiDialog-root button.ra-confirm').click();
    await this.page.waitForFunction(
      ([text]) => document.querySelector('[data-testid="promotion-state-banner"]')?.textContent !== text,
      [before],
    );
  }
}
