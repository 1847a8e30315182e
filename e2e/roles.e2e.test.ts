import { expect, test } from 'vitest';
import { useBrowser } from './support/browser';
import { ChannelFormPage } from './pages/ChannelFormPage';
import { ListPage } from './pages/ListPage';
import { LoginPage } from './pages/LoginPage';
import { SkuListPage } from './pages/SkuListPage';

const e2e = useBrowser();

test('should let the promotion role read SKUs without a create button or the admin menus', async () => {
  const { page } = e2e;
  const shell = await (await new LoginPage(page).goto()).login('promo@huaxin.example');
  await shell.open('skus');
  const list = new SkuListPage(page);
  await list.waitForRows();
  // The list's own buttons are there (export), so the create button has been decided on too.
  await list.actions().locator('button').last().waitFor();

  expect(await list.rows().count()).toBeGreaterThan(0);
  expect(await list.createButton().count()).toBe(0);
  await shell.menuItem('channels').waitFor();
  expect(await shell.menuItem('users').count()).toBe(0);
  expect(await shell.menuItem('audit-logs').count()).toBe(0);

  // Typing the address does not help either. (react-admin still sends the list query while it
  // redirects, so the server's 403 shows in the console: expected, the server is the guard.)
  e2e.allowConsoleErrors(/status of 403 .*\/api\/users\?/);
  for (const hash of ['#/skus/create', '#/users']) {
    await page.goto(`/${hash}`);
    await page.waitForURL((url) => url.hash === '#/access-denied');
  }
  expect(await page.locator('form input[name="code"]').count()).toBe(0);

  await shell.logout();
  await page.goto('/#/skus');
  await page.waitForURL((url) => url.hash === '#/login');
});

test('should show Users and the audit log to an admin, with the admin’s own edit at the top of the log', async () => {
  const { page } = e2e;
  const shell = await (await new LoginPage(page).goto()).login('admin@huaxin.example');
  await shell.menuItem('users').waitFor();
  await shell.menuItem('audit-logs').waitFor();

  await shell.open('users');
  const users = new ListPage(page, 'users');
  await users.row('promo@huaxin.example').waitFor();

  await shell.open('channels');
  const channels = new ListPage(page, 'channels');
  await channels.waitForRows();
  await channels.openRow(channels.rows().first());
  await page.waitForURL(/#\/channels\/\d+$/);
  const channelId = /#\/channels\/(\d+)$/.exec(page.url())![1];
  const form = new ChannelFormPage(page);
  await form.waitUntilReady();
  const region = `全国 E2E ${Date.now()}`;
  await form.input('region').fill(region);
  await form.save();
  await page.waitForURL((url) => url.hash === '#/channels' || url.hash.startsWith('#/channels?'));
  await channels.row(region).waitFor();

  await shell.open('audit-logs');
  const log = new ListPage(page, 'audit-logs');
  await log.waitForRows();
  const newest = log.rows().first();
  await expect.poll(() => newest.textContent()).toContain('admin@huaxin.example');
  const text = (await newest.textContent())!;
  const channel = await (await page.request.get(`/api/channels/${channelId}`)).json();
  expect(text).toContain(channel.name); // the record by its name, not its id
  expect(text).toMatch(/Update|修改/);
  expect(text).toMatch(/Region|区域/); // the one-line summary names the changed field
  await newest.click();
  await expect.poll(() => page.locator('.RaDatagrid-expandedPanel').textContent()).toContain(region);
  await e2e.screenshot('roles-admin-audit-log');
  await e2e.screenshot('roles-admin-audit-log-1440', { width: 1440 });
  // The record's name opens it.
  await newest.getByTestId('audit-record-link').click();
  await page.waitForURL(new RegExp(`#/channels/${channelId}$`));
});
