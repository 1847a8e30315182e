import type { Locator, Page } from 'playwright-core';

/** The channel edit form. */
export class ChannelFormPage {
  constructor(readonly page: Page) {}

  input(source: string): Locator {
    return this.page.locator(`form input[name="${source}"]`);
  }

  async waitUntilReady(): Promise<void> {
    await this.input('code').waitFor();
    await this.page.waitForFunction(() => (document.querySelector('form input[name="code"]') as HTMLInputElement | null)?.value !== '');
  }

  async save(): Promise<void> {
    await this.page.locator('form button[type="submit"]').click();
  }
}
