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

  /** Signs in and waits until the app shell (its menu) is there. */
  async login(email: string, password = DEMO_PASSWORD): Promise<AppShell> {
    await this.email().fill(email);
    await this.password().fill(password);
    await this.submit().click();
    const shell = new AppShell(this.page);
    await shell.waitUntilReady();
    return shell;
  }
}
