import type { Locator, Page } from 'playwright-core';

export type PromotionType = 'group_buy' | 'flash_sale' | 'limited_discount' | 'volume_tier';

/**
 * The promotion create / edit form: general settings, the type's own settings and the SKU table
 * (inputs carry name=<field>, items as items.<row>.<field>).
 */
export class PromotionFormPage {
  constructor(readonly page: Page) {}

  input(source: string): Locator {
    return this.page.locator(`form input[name="${source}"]`);
  }

  readonly saveButton = () => this.page.locator('form button[type="submit"]');
  readonly saveError = () => this.page.getByTestId('promotion-save-error');
  readonly rxWarning = () => this.page.getByTestId('rx-warning');
  readonly rows = () => this.page.locator('[data-testid^="item-row-"]');

  async goto(): Promise<this> {
    await this.page.goto('/#/promotions/create');
    await this.waitUntilReady();
    return this;
  }

  async waitUntilReady(): Promise<void> {
    await this.input('name').waitFor();
    await this.page.getByTestId('promotion-sku-search').waitFor();
  }

  async chooseType(type: PromotionType): Promise<void> {
    await this.page.getByTestId(`promotion-type-${type}`).click();
    await this.page.locator(`[data-testid="promotion-type-${type}"][aria-pressed="true"]`).waitFor();
  }

  /**
   * Types a date and time into a picker as its sections read in the UI language:
   * 2026/11/25 14:30 in Chinese, 11/25/2026 02:30 PM in English. `local` is "YYYY-MM-DD HH:mm".
   */
  async typeInstant(source: string, local: string): Promise<void> {
    const input = this.page.getByTestId(`instant-input-${source}`);
    const [, y, m, d, hh, mm] = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local)!;
    await input.click();
    await input.press('ControlOrMeta+a');
    await input.press('Backspace');
    const zh = (await this.page.locator('html').getAttribute('lang'))?.startsWith('zh');
    const hour = Number(hh);
    const h12 = String(hour % 12 === 0 ? 12 : hour % 12).padStart(2, '0');
    await input.pressSequentially(zh ? `${y}${m}${d}${hh}${mm}` : `${m}${d}${y}${h12}${mm}${hour < 12 ? 'a' : 'p'}`);
    await input.blur();
  }

  /** Picks channels by (part of) their name in the channels box. */
  async chooseChannels(...names: string[]): Promise<void> {
    const box = this.input('channel_ids').or(this.page.locator('form input#channel_ids')).first();
    for (const name of names) {
      await box.click();
      await box.fill(name);
      await this.page.getByRole('option', { name: new RegExp(name) }).first().click();
    }
    await this.page.keyboard.press('Escape');
  }

  /** Finds a SKU by code in the search box and adds it as a row. */
  async addSku(code: string): Promise<void> {
    const rowsBefore = await this.rows().count();
    const search = this.page.getByTestId('promotion-sku-search');
    await search.click();
    await search.fill(code);
    await this.page.getByRole('option', { name: new RegExp(code) }).first().click();
    await this.rows().nth(rowsBefore).waitFor();
  }

  async fillItem(row: number, values: Record<string, number>): Promise<void> {
    for (const [field, value] of Object.entries(values)) await this.input(`items.${row}.${field}`).fill(String(value));
  }

  /** Adds a daily slot (flash sales) and types its times. */
  async addSlot(start: string, end: string): Promise<void> {
    const index = await this.page.locator('form input[name^="slots."][name$=".start"]').count();
    await this.page.locator('.ra-input-slots .button-add').click();
    await this.input(`slots.${index}.start`).fill(start);
    await this.input(`slots.${index}.end`).fill(end);
  }

  /** Pastes rows into the "paste codes" dialog and adds them; the dialog stays open when something was not added. */
  async pasteCodes(text: string): Promise<void> {
    await this.page.getByTestId('paste-codes').click();
    await this.page.getByTestId('paste-codes-text').fill(text);
    await this.page.getByTestId('paste-codes-add').click();
  }

  /** Saves and waits for the show page the form redirects to; returns the promotion's id. */
  async saveAndOpen(): Promise<number> {
    await this.saveButton().click();
    await this.page.waitForURL(/#\/promotions\/\d+\/show/);
    return Number(/#\/promotions\/(\d+)\/show/.exec(this.page.url())![1]);
  }
}
