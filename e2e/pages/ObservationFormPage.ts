import type { Locator, Page } from 'playwright-core';

/** The price observation form: channel and SKU pickers, store, price, time, link and the evidence upload. */
export class ObservationFormPage {
  constructor(readonly page: Page) {}

  input(source: string): Locator {
    return this.page.locator(`form input[name="${source}"]`);
  }

  readonly fileInput = () => this.page.getByTestId('evidence-file');
  readonly picked = () => this.page.getByTestId('evidence-picked');
  readonly operatorHint = () => this.page.getByTestId('channel-operator-hint');

  async goto(): Promise<this> {
    await this.page.goto('/#/price-observations/create');
    await this.waitUntilReady();
    return this;
  }

  async waitUntilReady(): Promise<void> {
    await this.input('store_name').waitFor();
    await this.page.getByTestId('evidence-input').waitFor();
  }

  /** Types into an autocomplete (channel_id, sku_id) and picks the first option matching `text`. */
  async choose(source: 'channel_id' | 'sku_id', search: string, option: string | RegExp = search): Promise<void> {
    const box = this.page.locator(`form .ra-input-${source} input`);
    await box.click();
    await box.fill(search);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** Picks a file for the evidence and waits until the upload answered and the file shows. */
  async attach(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await Promise.all([
      this.page.waitForResponse((res) => new URL(res.url()).pathname === '/api/evidence' && res.request().method() === 'POST'),
      this.fileInput().setInputFiles(file),
    ]);
    await this.picked().waitFor();
  }

  async save(): Promise<void> {
    await this.page.locator('form button[type="submit"]').click();
  }
}
