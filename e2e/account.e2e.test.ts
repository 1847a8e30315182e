import fs from 'node:fs';
import { expect, test } from 'vitest';
import { apiAs } from './support/api';
import { useBrowser } from './support/browser';
import { AppShell } from './pages/AppShell';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { DEMO_PASSWORD, LoginPage } from './pages/LoginPage';

// Its own server: the first test changes sales@'s password and the second locks promo@ out for
// 15 minutes; on the shared server either would break the other files' logins.
const e2e = useBrowser({ freshServer: true });

/** The widths every screenshot of this file is taken at. */
const WIDTHS = [1280, 1440] as const;

const WEAK = 'password123';
const STRONG = 'Copper kettle, violin & 42 meadows';

/** Width of a PNG, from its IHDR chunk. */
const pngWidth = (file: string) => fs.readFileSync(file).readUInt32BE(16);

/**
 * Takes `<name>-<width>` at each width. A full-page shot is as wide as the page, so a PNG wider
 * than the window means something sticks out sideways.
 */
async function shootAtWidths(name: string): Promise<void> {
  const { page } = e2e;
  // Not AppShell.settle: the strength meter is a progressbar that stays.
  await page.mouse.move(0, 790);
  await page.waitForFunction(() => document.querySelectorAll('.MuiTouchRipple-child').length === 0);
  await page.locator('.RaLoadingIndicator-loader').waitFor({ state: 'hidden' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  for (const width of WIDTHS) {
    const file = await e2e.screenshot(`${name}-${width}`, { width });
    expect(pngWidth(file), `${name} at ${width}px is wider than the window`).toBe(width);
  }
}

test('should let a user change their own password: weak and wrong attempts refused beside the field, then the new one signs in', async () => {
  const { page } = e2e;
  // Another signed-in session of the same user (a second browser), to be signed out by the change.
  const elsewhere = await apiAs(e2e.baseUrl, 'sales@huaxin.example');
  const login = await new LoginPage(page).goto();
  const shell = await login.login('sales@huaxin.example');
  const form = await ChangePasswordPage.openFromUserMenu(shell);
  expect(await form.heading().textContent()).toBe('Change password');
  expect(await page.locator('form').evaluate((el) => el.parentElement!.textContent)).toContain('sales@huaxin.example');

  // A weak one: the meter says so while typing, and the form refuses it beside the field.
  await form.fill({ current: DEMO_PASSWORD, next: WEAK });
  await expect.poll(() => form.strength().textContent()).toMatch(/^Strength: (very weak|weak)$/);
  expect(Number(await form.strengthBar().getAttribute('aria-valuenow'))).toBeLessThanOrEqual(40);
  await form.submitRefusedByClient();
  expect(await form.fieldError('new_password').textContent()).toContain('Too easy to guess');
  expect(await form.fieldErrors().count()).toBe(1);
  expect(await shell.untranslatedKeys()).toEqual([]);
  await shootAtWidths('account-password-weak-en');

  // A strong one lifts the meter; a wrong current password is refused by the server, on that field.
  await form.fill({ current: 'not-my-password', next: STRONG });
  await expect.poll(() => form.strength().textContent()).toMatch(/^Strength: (strong|very strong)$/);
  // Editing the field clears its error (the old "too easy" must not sit above a "very strong" meter).
  await expect.poll(() => form.fieldErrors().count()).toBe(0);
  e2e.allowConsoleErrors(/status of 400 .*\/api\/auth\/password/);
  expect(await form.submitToServer()).toBe(400);
  await expect.poll(() => form.fieldError('current_password').textContent()).toBe('The current password is wrong');
  expect(await form.fieldErrors().count()).toBe(1);
  expect(page.url()).toContain(ChangePasswordPage.HASH);
  await shootAtWidths('account-password-wrong-current-en');

  // The right current password: changed, the form is emptied, the user stays signed in here.
  await form.input('current_password').fill(DEMO_PASSWORD);
  expect(await form.submitToServer()).toBe(200);
  await expect.poll(() => form.notification().textContent()).toContain('Password changed');
  expect(await form.input('new_password').inputValue()).toBe('');
  expect(await form.fieldErrors().count()).toBe(0);
  expect((await e2e.context.request.get('/api/auth/me')).status()).toBe(200);
  try {
    expect((await elsewhere.get('/api/auth/me')).status(), 'the other session is signed out').toBe(401);
  } finally {
    await elsewhere.dispose();
  }

  // Signed out, the old password no longer opens the account; the new one does.
  await shell.logout();
  e2e.allowConsoleErrors(/status of 401 .*\/api\/auth\/login/);
  expect(await login.attemptRefused('sales@huaxin.example', DEMO_PASSWORD)).toBe(401);
  expect(await login.error().textContent()).toBe('Email or password is wrong');
  const again = await login.login('sales@huaxin.example', STRONG);
  await again.userMenuButton().click();
  const userMenu = page.locator('.MuiMenu-list', { has: page.locator('li.logout') });
  await expect.poll(() => userMenu.textContent()).toContain('sales@huaxin.example');
});

test('should show the change-password rules and errors in Chinese', async () => {
  const { page } = e2e;
  const shell = await (await new LoginPage(page).goto()).login('manager@huaxin.example');
  await shell.switchLanguage('简体中文');
  const form = await ChangePasswordPage.openFromUserMenu(shell);
  expect(await form.heading().textContent()).toBe('修改密码');

  await form.fill({ current: DEMO_PASSWORD, next: WEAK });
  await expect.poll(() => form.strength().textContent()).toMatch(/^强度：(非常弱|弱)$/);
  await form.submitRefusedByClient();
  expect(await form.fieldError('new_password').textContent()).toContain('太容易被猜到');
  expect(await shell.untranslatedKeys()).toEqual([]);
  await shootAtWidths('account-password-weak-zh');

  // The server's refusal of a wrong current password, in Chinese too.
  await form.fill({ current: 'not-my-password', next: STRONG });
  e2e.allowConsoleErrors(/status of 400 .*\/api\/auth\/password/);
  expect(await form.submitToServer()).toBe(400);
  await expect.poll(() => form.fieldError('current_password').textContent()).toBe('当前密码错误');
  await shootAtWidths('account-password-wrong-current-zh');
});

test('should lock an account after 5 wrong passwords and say so in Chinese, even to the right password', async () => {
  const { page } = e2e;
  const login = await new LoginPage(page).goto();
  await login.switchLanguage('简体中文');
  e2e.allowConsoleErrors(/status of (401|429) .*\/api\/auth\/login/);

  for (let i = 1; i <= 5; i++) {
    expect(await login.attemptRefused('promo@huaxin.example', `wrong-password-${i}`), `attempt ${i}`).toBe(401);
    expect(await login.error().textContent()).toBe('邮箱或密码错误');
  }
  expect(await login.attemptRefused('promo@huaxin.example', DEMO_PASSWORD)).toBe(429);
  const message = (await login.error().textContent())!;
  expect(message).toContain('登录失败次数过多');
  expect(message).toContain('15');
  expect(message, 'no English and no raw key').not.toMatch(/[A-Za-z]/);
  expect(await new AppShell(page).untranslatedKeys()).toEqual([]);
  expect(page.url()).toContain('#/login');
  await shootAtWidths('account-login-throttled-zh');

  // The same refusal in English (a language switch re-renders the login page, so sign in again).
  await login.switchLanguage('English');
  expect(await login.attemptRefused('promo@huaxin.example', DEMO_PASSWORD)).toBe(429);
  expect(await login.error().textContent()).toBe('Too many failed logins. Wait 15 minutes and try again.');
  await shootAtWidths('account-login-throttled-en');

  // Other accounts still sign in from this browser.
  await login.login('admin@huaxin.example');
});

test('should ask for the company when one email and password open accounts in two companies', async () => {
  const { page } = e2e;
  const email = `twin-${Date.now()}@example.com`;
  const password = 'Harbour lantern 7 orchids';
  const companies: string[] = [];
  for (const admin of ['admin@huaxin.example', 'admin@kangda.example']) {
    const api = await apiAs(e2e.baseUrl, admin);
    try {
      const res = await api.post('/api/users', { data: { email, name: 'E2E Twin', role: 'sales', locale: 'en', password } });
      expect(res.status(), await res.text()).toBe(201);
      companies.push((await (await api.get('/api/auth/me')).json()).organization.name);
    } finally {
      await api.dispose();
    }
  }

  const login = await new LoginPage(page).goto();
  e2e.allowConsoleErrors(/status of 409 .*\/api\/auth\/login/);
  expect(await login.attemptRefused(email, password)).toBe(409);
  expect(await login.error().textContent()).toContain('Choose the company');
  await login.organization().click();
  const options = page.locator('[role="listbox"] [role="option"]');
  expect(await options.allTextContents()).toEqual(expect.arrayContaining(companies));
  await options.filter({ hasText: companies[1] }).click();
  await login.submit().click();
  const shell = new AppShell(page);
  await shell.userMenuButton().waitFor();
  await expect.poll(() => page.getByTestId('organization-name').textContent()).toBe(companies[1]);
});

test('should open the console in the user\'s own language and keep a switch for the next login', async () => {
  const { page } = e2e;
  // manager@ is Chinese on the account; the login screen is English (a new browser in en-US).
  const login = await new LoginPage(page).goto();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  let shell = await login.login('manager@huaxin.example', DEMO_PASSWORD, { language: 'own' });
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  expect(await shell.menuItem('products').innerText()).toContain('产品');

  // Switching in the app saves it on the account: the next login, in a browser that remembers nothing, opens in English.
  await shell.switchLanguage('English');
  await expect.poll(async () => (await (await page.request.get('/api/auth/me')).json()).locale).toBe('en');
  await shell.logout();
  await page.evaluate(() => localStorage.removeItem('rxchannel.locale'));
  await page.reload();
  await new LoginPage(page).email().waitFor();
  shell = await new LoginPage(page).login('manager@huaxin.example', DEMO_PASSWORD, { language: 'own' });
  expect(await shell.menuItem('products').innerText()).toContain('Products');
});
