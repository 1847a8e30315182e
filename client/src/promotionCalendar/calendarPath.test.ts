import { describe, expect, test } from 'vitest';
import { searchOfView, viewFromSearch } from './calendarPath';

const TODAY = '2026-11-19'; // a Thursday

describe('calendar address', () => {
  test('should open two weeks before the current one by default', () => {
    expect(viewFromSearch(new URLSearchParams(), TODAY)).toEqual({ from: '2026-11-02', weeks: 10, types: [], channels: [], closed: false });
  });

  test('should read a shared view back and drop what is not valid', () => {
    const view = viewFromSearch(new URLSearchParams('from=2026-12-03&weeks=12&types=flash_sale,bogus&channels=3,x,-1,4&closed=1'), TODAY);
    expect(view).toEqual({ from: '2026-11-30', weeks: 12, types: ['flash_sale'], channels: [3, 4], closed: true });
    expect(viewFromSearch(new URLSearchParams('from=2026-13-45&weeks=7'), TODAY)).toMatchObject({ from: '2026-11-02', weeks: 10 });
  });

  test('should write only what differs from the default, and read it back the same', () => {
    const view = { from: '2026-11-30', weeks: 8, types: ['group_buy' as const], channels: [2], closed: true };
    expect(viewFromSearch(searchOfView(view, TODAY), TODAY)).toEqual(view);
    expect(searchOfView(viewFromSearch(new URLSearchParams(), TODAY), TODAY).toString()).toBe('');
  });
});
