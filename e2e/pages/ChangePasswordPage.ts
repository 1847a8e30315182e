import type { Locator, Page } from 'playwright-core';
import { AppShell } from './AppShell';

export type PasswordField = 'current_password' | 'new_password' | 'confirm_password';

/** The change-my-password screen (#/account/password), reached from the user menu, in either language. */
export class ChangePasswordPage {
  constructor(readonly page: Page) {}

  static readonly HASH = '#/account/password';

  /** Opens the user menu in the app bar and picks "Change password" (修改密码). */
  static async openFromUserMenu(shell: AppShell): Promise<ChangePasswordPage> {
    await shell.userMenuButton().click();
    await shell.page.locator(`[role="menu"] a[role="menuitem"][href="${ChangePasswordPage.HASH}"]`).click();
    await shell.page.waitForURL((url) => url.hash === ChangePasswordPage.HASH);
    const form = new ChangePasswordPage(shell.page);
    await form.waitUntilReady();
    return form;
  }

  input(field: PasswordField): Locator {
    return this.page.locator(`form input[name="${field}"]`);
  }

  /** The form control around an input (label, input, helper text). */
  control(field: PasswordField): Locator {
    return this.page.locator(`form .MuiFormControl-root:has(input[name="${field}"])`);
  }

  /** The error under a field (MUI marks its helper text with Mui-error). */
  fieldError(field: PasswordField): Locator {
    return this.control(field).locator('.MuiFormHelperText-root.Mui-error');
  }

  /** Every field error on the form. */
  readonly fieldErrors = () => this.page.locator('form .MuiFormHelperText-root.Mui-error');
  /** The bar and "Strength: …" caption under the new password. */
  readonly strength = () => this.page.getByTestId('password-strength');
  readonly strengthBar = () => this.strength().locator('[role="progressbar"]');
  readonly heading = () => this.page.locator('h1');
  readonly submitButton = () => this.page.locator('form button[type="submit"]');
  /** A failure that belongs to no field (e.g. too many wrong current passwords). */
  readonly formError = () => this.page.getByTestId('change-password-error');
  /** react-admin's notification after a successful change. */
  readonly notification = () => this.page.locator('.MuiSnackbar-root');

  async waitUntilReady(): Promise<void> {
    await this.input('current_password').waitFor();
    // The submit button is enabled once the signed-in identity (whose email the rules use) is known.
    await this.page.locator('form button[type="submit"]:not([disabled])').waitFor();
  }

  async fill({ current, next, confirm = next }: { current: string; next: string; confirm?: string }): Promise<void> {
    await this.input('current_password').fill(current);
    await this.input('new_password').fill(next);
    await this.input('confirm_password').fill(confirm);
  }

  /** Submits and waits for the server's answer to POST /api/auth/password; returns its status. */
  async submitToServer(): Promise<number> {
    const [response] = await Promise.all([
      this.page.waitForResponse((res) => new URL(res.url()).pathname === '/api/auth/password' && res.request().method() === 'POST'),
      this.submitButton().click(),
    ]);
    return response.status();
  }

  /** Submits a form the client itself refuses (no request is sent). */
  async submitRefusedByClient(): Promise<void> {
    let sent = false;
    const watch = (req: { url: () => string }) => {
      if (new URL(req.url()).pathname === '/api/auth/password') sent = true;
    };
    this.page.on('request', watch);
    try {
      await this.submitButton().click();
      await this.fieldErrors().first().waitFor();
    } finally {
      this.page.off('request', watch);
    }
    if (sent) throw new Error('The form sent the password change although a field is invalid');
  }
}
