import { describe, expect, test } from 'vitest';
import { columnFilters, filtersFromUrl, serverFilter, serverSort } from './matrixQuery';

describe('matrix query', () => {
  test('should turn number column filters into simple-rest filters', () => {
    expect(columnFilters({
      control_price: { filterType: 'number', type: 'greaterThanOrEqual', filter: 10 },
      guide_price: { filterType: 'number', type: 'inRange', filter: 30, filterTo: 20 },
      units_per_pack: { filterType: 'number', type: 'equals', filter: 12 },
    })).toEqual({ control_price_gte: 10, guide_price_gte: 20, guide_price_lte: 30, units_per_pack: 12 });
  });

  test('should ignore empty filters and columns the server cannot filter', () => {
    expect(columnFilters({ name: { type: 'contains', filter: 'x' }, guide_price: { type: 'lessThanOrEqual', filter: null } })).toEqual({});
    expect(columnFilters(undefined)).toEqual({});
  });

  test('should sort by the first server-sortable column', () => {
    expect(serverSort([{ colId: 'ch_3', sort: 'asc' }, { colId: 'guide_price', sort: 'desc' }])).toEqual({ field: 'guide_price', order: 'DESC' });
    expect(serverSort([])).toEqual({ field: 'code', order: 'ASC' });
  });
});

describe('filtersFromUrl', () => {
  test('should take the compliance report drill-down and ignore anything else', () => {
    expect(filtersFromUrl(new URLSearchParams('breaches=parity&product_id=12'))).toEqual({ breaches: 'parity', product_id: '12' });
    expect(filtersFromUrl(new URLSearchParams('breaches=below_control&id=34&q=阿莫'))).toEqual({ breaches: 'below_control', id: '34', q: '阿莫' });
    expect(filtersFromUrl(new URLSearchParams('breaches=all&id=0x10&product_id=-1&status=active'))).toEqual({});
  });

  test('should send drill-down ids as numbers', () => {
    expect(serverFilter({ breaches: 'any', product_id: '12', id: '' })).toEqual({ breaches: 'any', product_id: 12 });
  });
});
