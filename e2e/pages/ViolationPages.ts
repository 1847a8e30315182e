import type { Locator, Page } from 'playwright-core';

/** The violations list (#/violations): rows, their checkboxes and the managers' bulk actions. */
export class ViolationListPage {
  constructor(readonly page: Page) {}

  readonly rows = () => this.page.locator('.RaList-main .RaDatagrid-row:has(td.column-sku_code)');
  readonly row = (text: string): Locator => this.rows().filter({ hasText: text });

  async waitForRows(): Promise<void> {
    await this.rows().first().waitFor();
  }

  /** Types into the search box (SKU code or name) and waits for the list to show only matching rows. */
  async search(text: string): Promise<Locator> {
    await this.page.locator('.RaList-main input[name="q"]').fill(text);
    await this.page.waitForURL((url) => decodeURIComponent(url.hash).includes(text));
    await this.rows().filter({ hasNotText: text }).first().waitFor({ state: 'detached' });
    const row = this.row(text);
    await row.first().waitFor();
    return row;
  }

  async select(row: Locator): Promise<void> {
    await row.locator('td.RaDatagrid-rowCell input[type="checkbox"], td input[type="checkbox"]').first().check();
  }

  /** Opens a row's violation (a click on its SKU). */
  async open(row: Locator): Promise<void> {
    await row.locator('td.column-sku_code').click();
    await this.page.waitForURL(/#\/violations\/\d+\/show/);
  }

  readonly bulkButton = (action: 'acknowledge' | 'resolve' | 'waive' | 'assign') => this.page.getByTestId(`bulk-${action}`);
}

/** One violation's page: what was found, how it is handled, its history and the workflow buttons. */
export class ViolationShowPage {
  constructor(readonly page: Page) {}

  readonly status = () => this.page.locator('.RaShow-main [data-testid="violation-status"]');
  readonly timeline = () => this.page.getByTestId('violation-timeline');
  readonly legalNote = () => this.page.getByTestId('violation-legal-note');
  readonly button = (action: 'acknowledge' | 'resolve' | 'waive' | 'assign' | 'comment' | 'grounds') => this.page.getByTestId(`violation-${action}`);
  readonly notification = () => this.page.locator('.MuiSnackbar-root');

  async goto(id: number): Promise<this> {
    await this.page.goto(`/#/violations/${id}/show`);
    await this.waitUntilReady();
    return this;
  }

  async waitUntilReady(): Promise<void> {
    await this.status().waitFor();
    await this.page.locator('[data-testid="violation-timeline"], .RaShow-main :text-matches("No history yet|暂无处理记录")').first().waitFor();
  }

  /** Waits until the status chip reads `text` (after an action and the reload). */
  async waitForStatus(text: string): Promise<void> {
    await this.page.locator('.RaShow-main [data-testid="violation-status"]', { hasText: text }).waitFor();
  }
}
