import type { Locator, Page } from 'playwright-core';

/**
 * The file import wizard: sales files (#/sales-imports/create) and price-watch sheets
 * (#/price-observations/import) share its steps: channel and file, column mapping, check, run.
 */
export class ImportWizardPage {
  constructor(readonly page: Page) {}

  readonly channelSelect = () => this.page.getByTestId('sales-import-channel');
  readonly operatedHint = () => this.page.getByTestId('sales-import-operated');
  readonly fileInput = () => this.page.getByTestId('sales-import-file');
  readonly mappingTable = () => this.page.getByTestId('sales-import-mapping');
  /** The column chosen for a field (its hidden input holds the header). */
  readonly mapped = (field: string): Locator => this.page.getByTestId(`sales-import-map-${field}`);
  readonly checkButton = () => this.page.getByTestId('sales-import-check');
  readonly counts = () => this.page.getByTestId('sales-import-preview-counts');
  readonly lines = () => this.page.getByTestId('sales-import-lines');
  readonly errors = () => this.page.getByTestId('sales-import-errors');
  readonly startButton = () => this.page.getByTestId('sales-import-start');
  readonly result = () => this.page.getByTestId('sales-import-result');
  readonly failed = () => this.page.getByTestId('sales-import-failed');
  readonly count = (key: 'created' | 'unchanged') => this.page.getByTestId(`sales-import-count-${key}`);

  async gotoObservations(): Promise<this> {
    await this.page.goto('/#/price-observations/import');
    await this.channelSelect().waitFor({ state: 'attached' });
    return this;
  }

  async chooseChannel(name: string): Promise<void> {
    await this.channelSelect().locator('..').click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await this.page.getByRole('listbox').waitFor({ state: 'detached' });
  }

  /** Picks the file; the wizard reads it and shows the mapping. */
  async upload(file: string): Promise<void> {
    await this.fileInput().setInputFiles(file);
    await this.mappingTable().waitFor();
  }

  /** Checks the first rows and waits for the counts. */
  async check(): Promise<void> {
    await this.checkButton().click();
    await this.counts().waitFor();
  }

  /** Starts the import and waits until it is done (or failed). */
  async start(): Promise<void> {
    await this.startButton().click();
    await this.result().or(this.failed()).waitFor({ timeout: 30_000 });
  }

  /** A "Back" step of the wizard. */
  async back(label: string): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }
}
