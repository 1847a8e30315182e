import type { Page } from 'playwright-core';
import { AppShell } from './AppShell';

export const DEMO_PASSWORD = 'rxchannel-demo';

/** The sign-in screen (#/login), in either language. */
export class LoginPage {
  constructor(readonly page: Page) {}

  readonly email = () => this.page.locator('input[name="email"]');
  readonly password = () => this.page.locator('input[name="password"]');
  readonly submit = () => this.page.locator('form button[type="submit"]');
  readonly error = () => this.page.getByTestId('login-error');

  async goto(): Promise<this> {
    await this.page.goto('/#/login');
    await this.email().waitFor();
    return this;
  }

  /** The language switch in the corner of the login screen. */
  async switchLanguage(name: 'English' | '简体中文'): Promise<void> {
    await new AppShell(this.page).switchLanguage(name);
  }

  /** The company picker, shown when the email and password open accounts in several companies. */
  readonly organization = () => this.page.locator('.MuiFormControl-root:has(input[name="organization"]) [role="combobox"]');

  /**
   * Submits an attempt the server refuses and waits for its answer and the message it shows;
   * returns the HTTP status (401 wrong, 429 throttled, 409 choose a company).
   */
  async attemptRefused(email: string, password: string): Promise<number> {
    await this.email().fill(email);
    await this.password().fill(password);
    const [response] = await Promise.all([
      this.page.waitForResponse((res) => new URL(res.url()).pathname === '/api/auth/login' && res.request().method() === 'POST'),
      this.submit().click(),
    ]);
    if (response.ok()) throw new Error(`The login of ${email} was expected to fail but answered ${response.status()}`);
    await this.error().waitFor();
    await this.page.locator('form button[type="submit"]:not([disabled])').waitFor();
    return response.status();
  }

  /**
   * Signs in and waits until the app shell (its menu) is there and the console shows the user's
   * own language (the one saved on their account). `language: 'as shown'` (the default) then
   * switches back to the login screen's language if it differs, which saves it as the user's choice,
   * so a test written in one language keeps reading it.
   */
  async login(email: string, password = DEMO_PASSWORD, { language = 'as shown' }: { language?: 'as shown' | 'own' } = {}): Promise<AppShell> {
    const shownLang = await this.page.locator('html').getAttribute('lang');
    await this.email().fill(email);
    await this.password().fill(password);
    await this.submit().click();
    const shell = new AppShell(this.page);
    await shell.waitUntilReady();
    // Settled once the page shows the language the account holds (a choice made on the login screen is saved first).
    let ownLang = '';
    for (let waited = 0; ; waited += 100) {
      const me = await (await this.page.request.get('/api/auth/me')).json();
      ownLang = me.locale === 'zh' ? 'zh-CN' : 'en';
      if ((await this.page.locator('html').getAttribute('lang')) === ownLang) break;
      if (waited > 10_000) throw new Error(`The console did not switch to ${email}'s language ${ownLang}`);
      await this.page.waitForTimeout(100);
    }
    if (language === 'as shown' && shownLang && shownLang !== ownLang) await shell.switchLanguage(shownLang === 'zh-CN' ? '简体中文' : 'English');
    return shell;
  }
}
