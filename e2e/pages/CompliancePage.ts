import type { Locator, Page } from 'playwright-core';

/** The compliance overview (#/compliance): headline figures, charts and rankings, each opening the violations behind it. */
export class CompliancePage {
  constructor(readonly page: Page) {}

  readonly root = () => this.page.getByTestId('compliance-page');
  /** A headline figure's number, e.g. `open`, `new`, `resolved`, `rate`, `unauthorized`, `unreviewed`. */
  readonly figure = (name: string): Locator => this.page.getByTestId(`compliance-${name}-value`);
  /** The line of the open-violations card for one kind (a link to its violations). */
  readonly openKind = (kind: string): Locator => this.page.getByTestId(`compliance-open-${kind}`);
  readonly reevaluateButton = () => this.page.getByTestId('compliance-reevaluate');

  async goto(): Promise<this> {
    await this.page.goto('/#/compliance');
    await this.waitUntilReady();
    return this;
  }

  async waitUntilReady(): Promise<void> {
    await this.figure('open').waitFor();
    await this.figure('rate').waitFor();
  }

  /** A figure as a number ("1,234" → 1234). */
  async count(name: string): Promise<number> {
    return Number((await this.figure(name).innerText()).replace(/[^\d.]/g, ''));
  }
}
