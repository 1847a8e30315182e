import { describe, expect, test } from 'vitest';
import { drill, mondayOf, violationsPath } from './drill';

const params = (path: string) => new URLSearchParams(path.split('?')[1]);
const filterOf = (path: string) => JSON.parse(params(path).get('filter')!);
const displayedOf = (path: string) => JSON.parse(params(path).get('displayedFilters') ?? '{}');

describe('violationsPath', () => {
  test('should put the filter in the address as react-admin reads it', () => {
    const path = violationsPath({ kind: 'parity', status: 'open' });
    expect(path.startsWith('/violations?')).toBe(true);
    expect(filterOf(path)).toEqual({ kind: 'parity', status: 'open' });
    expect(params(path).get('page')).toBe('1');
    expect(params(path).has('displayedFilters')).toBe(false);
  });

  test('should open the inputs of filters the list does not always show', () => {
    expect(displayedOf(violationsPath({ sku_id: 3, status: ['open'] }))).toEqual({ sku_id: true });
  });
});

describe('drill', () => {
  test('should lead each open figure to the open and acknowledged violations behind it', () => {
    const open = ['open', 'acknowledged'];
    expect(filterOf(drill.open())).toEqual({ status: open });
    expect(filterOf(drill.kind('unauthorized_seller'))).toEqual({ kind: 'unauthorized_seller', status: open });
    expect(filterOf(drill.sku(12))).toEqual({ sku_id: 12, status: open });
    expect(filterOf(drill.seller(4))).toEqual({ seller_id: 4, status: open });
    expect(filterOf(drill.channel(2))).toEqual({ channel_id: 2, status: open });
    expect(filterOf(drill.unauthorized())).toEqual({ kind: 'unauthorized_seller', status: open });
  });

  test('should lead this week\'s figures to what was opened or resolved since Monday', () => {
    expect(filterOf(drill.newThisWeek('2026-03-09'))).toEqual({ first_seen_at_gte: '2026-03-09' });
    expect(filterOf(drill.resolvedThisWeek('2026-03-09'))).toEqual({ status: ['resolved'], closed_at_gte: '2026-03-09' });
    expect(displayedOf(drill.resolvedThisWeek('2026-03-09'))).toEqual({ closed_at_gte: true });
  });

  test('should lead the unreviewed sellers figure to the sellers list', () => {
    expect(drill.unreviewed().startsWith('/sellers?')).toBe(true);
    expect(filterOf(drill.unreviewed())).toEqual({ authorized: 'unreviewed' });
    expect(displayedOf(drill.unreviewed())).toEqual({});
  });
});

describe('mondayOf', () => {
  test('should give the Monday of the week, Monday itself included and Sunday ending the week', () => {
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
    expect(mondayOf('2026-03-15')).toBe('2026-03-09');
    expect(mondayOf('2026-03-01')).toBe('2026-02-23');
  });
});
