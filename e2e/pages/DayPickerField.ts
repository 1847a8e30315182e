import type { Locator } from 'playwright-core';

/**
 * A day picker (MUI X) as a user types in it: the digits in the order the UI language shows
 * (2026/11/25 in Chinese, 11/25/2026 in English); `null` clears it.
 */
export async function typeDay(input: Locator, day: string | null): Promise<void> {
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Backspace');
  if (day === null) {
    await input.blur();
    return;
  }
  const [y, m, d] = day.split('-');
  const lang = await input.page().locator('html').getAttribute('lang');
  await input.pressSequentially(lang?.startsWith('zh') ? `${y}${m}${d}` : `${m}${d}${y}`);
  await input.blur();
}
