import type { Locator, Page } from 'playwright-core';

/** A column every row of the resource's list shows, so rows of the list left behind never count. */
const KEY_COLUMN: Record<string, string> = {
  products: 'generic_name',
  skus: 'code',
  channels: 'code',
  users: 'email',
  'audit-logs': 'record_label',
  orders: 'order_no',
  'sales-plans': 'month',
  promotions: 'name',
  'price-observations': 'observed_at',
  sellers: 'name',
};

/** What every react-admin list screen shares: rows, the search box, the create and export buttons. */
export class ListPage {
  constructor(
    readonly page: Page,
    readonly resource: string,
  ) {}

  readonly rows = () => this.page.locator(`.RaList-main .RaDatagrid-row:has(td.column-${KEY_COLUMN[this.resource] ?? 'id'})`);
  readonly actions = () => this.page.locator('.RaList-main .RaList-actions');
  readonly createButton = () => this.page.locator(`a[href="#/${this.resource}/create"]`);
  readonly searchBox = () => this.page.locator('.RaList-actions input[name="q"]');

  async goto(): Promise<this> {
    await this.page.goto(`/#/${this.resource}`);
    await this.waitForRows();
    return this;
  }

  /** Waits until the list shows at least one row of this resource. */
  async waitForRows(): Promise<void> {
    await this.rows().first().waitFor();
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  /** Types into the always-on search box and waits for the filtered list: rows with the text, and only those. */
  async search(text: string): Promise<Locator> {
    await this.searchBox().fill(text);
    await this.page.waitForURL((url) => decodeURIComponent(url.hash).includes(text));
    await this.rows().filter({ hasNotText: text }).first().waitFor({ state: 'detached' });
    const row = this.row(text);
    await row.first().waitFor();
    return row;
  }

  /** Clicks a row (not its checkbox or a link) to open it. */
  async openRow(row: Locator): Promise<void> {
    await row.locator(`td.column-${KEY_COLUMN[this.resource] ?? 'id'}`).click();
  }
}
