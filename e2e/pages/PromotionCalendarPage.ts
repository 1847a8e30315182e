import type { Locator, Page } from 'playwright-core';

/** The campaign calendar (#/promotion-calendar): channel rows, week columns, promotion bars. */
export class PromotionCalendarPage {
  constructor(readonly page: Page) {}

  readonly grid = () => this.page.getByTestId('promotion-calendar-grid');
  readonly row = (channelId: number) => this.page.getByTestId(`calendar-row-${channelId}`);
  readonly bar = (promotionId: number) => this.page.getByTestId(`calendar-bar-${promotionId}`);
  readonly barOn = (channelId: number, promotionId: number): Locator => this.row(channelId).getByTestId(`calendar-bar-${promotionId}`);
  readonly weeks = () => this.page.getByTestId('calendar-week');
  readonly typeFilter = (type: string) => this.page.getByTestId(`calendar-type-${type}`);

  async goto(search = ''): Promise<this> {
    await this.page.goto(`/#/promotion-calendar${search ? `?${search}` : ''}`);
    await this.waitUntilLoaded();
    return this;
  }

  /** The grid is drawn and nothing is loading any more. */
  async waitUntilLoaded(): Promise<void> {
    await this.grid().waitFor();
    await this.page.locator('[data-testid="promotion-calendar"] [role="progressbar"]').waitFor({ state: 'hidden' });
  }
}
