import type { Locator, Page } from 'playwright-core';

export interface SkuInput {
  /** Text typed into the product picker; the first matching option is chosen. Empty: first option. */
  product?: string;
  code: string;
  name: string;
  pack_desc: string;
  units_per_pack: number;
  unit: string;
  gtin: string;
  channel_scope: 'online' | 'offline' | 'all';
  guide_price: number;
}

/** The SKU create / edit form (inputs carry name=<field>, react-admin's convention). */
export class SkuFormPage {
  constructor(readonly page: Page) {}

  input(source: string): Locator {
    return this.page.locator(`form input[name="${source}"]`);
  }

  /** The form control around an input (label, input, helper text); ids are generated, names are not. */
  control(source: string): Locator {
    return this.page.locator(`form .MuiFormControl-root:has(input[name="${source}"])`);
  }

  /** The text under an input: its helper text, or its validation error once it has one. */
  helperText(source: string): Locator {
    return this.control(source).locator('.MuiFormHelperText-root');
  }

  /** The error shown beside a field (MUI marks the helper text with Mui-error). */
  fieldError(source: string): Locator {
    return this.control(source).locator('.MuiFormHelperText-root.Mui-error');
  }

  readonly saveButton = () => this.page.locator('form button[type="submit"]');

  async waitUntilReady(): Promise<void> {
    await this.input('code').waitFor();
  }

  async chooseProduct(text = ''): Promise<void> {
    const picker = this.input('product_id');
    await picker.click();
    if (text) await picker.fill(text);
    const option = this.page.locator('[role="listbox"] [role="option"]').first();
    await option.click();
  }

  /** Picks a value in a react-admin SelectInput (MUI select), by value so it works in any language. */
  async select(source: string, value: string): Promise<void> {
    await this.control(source).locator('[role="combobox"]').click();
    await this.page.locator(`[role="listbox"] [role="option"][data-value="${value}"]`).click();
    await this.page.locator('[role="listbox"]').waitFor({ state: 'detached' });
  }

  async fill(sku: SkuInput): Promise<void> {
    await this.chooseProduct(sku.product);
    await this.input('code').fill(sku.code);
    await this.input('name').fill(sku.name);
    await this.input('pack_desc').fill(sku.pack_desc);
    await this.input('units_per_pack').fill(String(sku.units_per_pack));
    await this.input('unit').fill(sku.unit);
    await this.input('gtin').fill(sku.gtin);
    await this.select('channel_scope', sku.channel_scope);
    await this.input('guide_price').fill(String(sku.guide_price));
  }

  async save(): Promise<void> {
    await this.saveButton().click();
  }
}
