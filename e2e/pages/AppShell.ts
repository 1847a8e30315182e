import type { Locator, Page } from 'playwright-core';

export type Language = 'English' | '简体中文';
const HTML_LANG: Record<Language, string> = { English: 'en', 简体中文: 'zh-CN' };

const VIEWPORT_BOTTOM = 790;

/** The layout around every screen: app bar (language switch, user menu) and the side menu. */
export class AppShell {
  constructor(readonly page: Page) {}

  /** A side-menu entry, by resource (links are `#/<resource>` under the hash router). */
  menuItem(resource: string): Locator {
    return this.page.locator(`a[role="menuitem"][href="#/${resource}"]`);
  }

  readonly userMenuButton = () => this.page.locator('.RaUserMenu-userButton');
  readonly languageButton = () => this.page.locator('button[aria-controls="simple-menu"]');

  async waitUntilReady(): Promise<void> {
    await this.userMenuButton().waitFor();
    await this.menuItem('products').waitFor();
  }

  async open(resource: string): Promise<void> {
    await this.menuItem(resource).click();
    await this.page.waitForURL((url) => url.hash === `#/${resource}` || url.hash.startsWith(`#/${resource}?`));
  }

  /** Picks a language in the app bar's (or login screen's) language menu and waits until it applies. */
  async switchLanguage(name: Language): Promise<void> {
    await this.languageButton().click();
    await this.page.locator('#simple-menu [role="menuitem"]', { hasText: name }).click();
    await this.page.locator(`html[lang="${HTML_LANG[name]}"]`).waitFor({ state: 'attached' });
    await this.page.locator('#simple-menu [role="menu"]').waitFor({ state: 'hidden' });
  }

  /** Waits until nothing is loading or rippling (spinners, click ripples) and the fonts are in; parks the mouse. */
  async settle(): Promise<void> {
    await this.page.mouse.move(0, VIEWPORT_BOTTOM);
    await this.page.waitForFunction(() => document.querySelectorAll('.MuiTouchRipple-child').length === 0);
    // Loading indicators only: a determinate bar (plan attainment) shows data, not waiting.
    await this.page.locator('.RaLoadingIndicator-loader, [role="progressbar"]:not([aria-valuenow])').first().waitFor({ state: 'hidden' });
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  /** Text on the screen that looks like an untranslated i18n key (`resources.skus.fields.x`, `ra.action.y`). */
  async untranslatedKeys(): Promise<string[]> {
    const text = await this.page.locator('body').innerText();
    return [...new Set(text.match(/\b(?:ra|rx|resources)\.[\w-]+\.[\w.-]+/g) ?? [])];
  }

  async logout(): Promise<void> {
    await this.userMenuButton().click();
    await this.page.locator('li.logout').click();
    await this.page.locator('input[name="email"]').waitFor();
  }
}
