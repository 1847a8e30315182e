import type { Locator, Page } from 'playwright-core';

/** A promotion's results (#/promotions/:id/results): KPI cards, the lift chart, the SKU table, group buys. */
export class PromotionResultsPage {
  constructor(readonly page: Page) {}

  readonly root = () => this.page.getByTestId('promotion-results');
  readonly name = () => this.page.getByTestId('results-name');
  readonly kpi = (name: 'units' | 'revenue' | 'orders' | 'buyers' | 'discount' | 'lift'): Locator => this.page.getByTestId(`kpi-${name}`);
  readonly kpiValue = (name: 'units' | 'revenue' | 'orders' | 'buyers' | 'discount' | 'lift'): Locator => this.page.getByTestId(`kpi-${name}-value`);
  readonly chart = () => this.page.getByTestId('results-chart');
  readonly chartEmpty = () => this.page.getByTestId('results-chart-empty');
  readonly bars = () => this.chart().locator('.recharts-bar-rectangle path');
  readonly averageLines = () => this.chart().locator('.recharts-reference-line');
  readonly skuRows = () => this.page.getByTestId('results-skus').locator('tbody tr');
  readonly groups = () => this.page.getByTestId('results-groups');
  readonly empty = () => this.page.getByTestId('results-empty');
  readonly back = () => this.page.getByTestId('results-back');

  async goto(id: number): Promise<this> {
    await this.page.goto(`/#/promotions/${id}/results`);
    await this.waitUntilReady();
    return this;
  }

  /** The promotion's name and every KPI figure are in (no skeletons left). */
  async waitUntilReady(): Promise<void> {
    await this.name().waitFor();
    for (const kpi of ['units', 'revenue', 'orders', 'buyers', 'discount', 'lift'] as const) await this.kpiValue(kpi).waitFor();
    await this.page.getByTestId('results-skus').locator('tbody tr:not(:has(.MuiSkeleton-root))').first().waitFor();
  }
}
