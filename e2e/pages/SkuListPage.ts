import type { Page } from 'playwright-core';
import { ListPage } from './ListPage';
import { SkuFormPage } from './SkuFormPage';

export class SkuListPage extends ListPage {
  constructor(page: Page) {
    super(page, 'skus');
  }

  async clickCreate(): Promise<SkuFormPage> {
    await this.createButton().click();
    const form = new SkuFormPage(this.page);
    await form.waitUntilReady();
    return form;
  }
}
