import { describe, expect, test } from 'vitest';
import { businessToday } from './dates';
import { refusedCells } from './useDraftChanges';
import { belowControl, canEditCell, displayedPrice } from './cellRules';
import { DEFAULT_SORT, exportUrl, serverFilter, serverSort } from './matrixQuery';
import type { MatrixChannel, MatrixRow } from './types';

const row = {
  id: 1, units_per_pack: 24, channel_scope: 'offline', control_price: 16.3,
  cells: { 2: { price: 18, unit_price: 0.75, effective_from: null, pending: null, scheduled: null } },
} as unknown as MatrixRow;
const online: MatrixChannel = { id: 1, name: 'JD', code: 'JD', type: 'online' };
const offline: MatrixChannel = { id: 2, name: 'Dist', code: 'D', type: 'offline' };

describe('cell rules', () => {
  test('should allow editing only box prices, on allowed channels, for roles that may request prices', () => {
    expect(canEditCell(row, offline, 'box', true)).toBe(true);
    expect(canEditCell(row, online, 'box', true)).toBe(false);
    expect(canEditCell(row, offline, 'unit', true)).toBe(false);
    expect(canEditCell(row, offline, 'box', false)).toBe(false);
    expect(canEditCell(undefined, offline, 'box', true)).toBe(false);
  });

  test('should show the draft before the price in force, per box or per unit', () => {
    expect(displayedPrice(row, 2, 'box')).toBe(18);
    expect(displayedPrice(row, 2, 'unit')).toBe(0.75);
    expect(displayedPrice(row, 2, 'box', 12)).toBe(12);
    expect(displayedPrice(row, 2, 'unit', 12)).toBe(0.5);
    expect(displayedPrice(row, 1, 'box')).toBeNull();
  });

  test('should flag prices below the control price, comparing per unit in the unit view', () => {
    expect(belowControl(row, 16.29, 'box')).toBe(true);
    expect(belowControl(row, 16.3, 'box')).toBe(false);
    expect(belowControl(row, 0.67, 'unit')).toBe(true);
    expect(belowControl(row, 0.68, 'unit')).toBe(false);
    expect(belowControl({ ...row, control_price: null }, 1, 'box')).toBe(false);
  });
});

describe('matrix query', () => {
  test('should send only server-sortable columns, defaulting to the code', () => {
    expect(serverSort([{ colId: 'name', sort: 'desc' }])).toEqual({ field: 'name', order: 'DESC' });
    expect(serverSort([{ colId: 'ch_3', sort: 'asc' }])).toEqual(DEFAULT_SORT);
    expect(serverSort([])).toEqual(DEFAULT_SORT);
  });

  test('should drop empty filters', () => {
    expect(serverFilter({ q: '  ', channel_scope: 'online', status: undefined })).toEqual({ channel_scope: 'online' });
  });

  test('should build the export link with filter, sort and view', () => {
    const url = new URL(exportUrl({ q: '阿莫' }, DEFAULT_SORT, 'unit'), 'http://x');
    expect(url.pathname).toBe('/api/price-matrix/export.xlsx');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ q: '阿莫' });
    expect(JSON.parse(url.searchParams.get('sort')!)).toEqual(['code', 'ASC']);
    expect(url.searchParams.get('view')).toBe('unit');
  });
});

describe('business dates', () => {
  test('should give the date in China, which is ahead of UTC', () => {
    expect(businessToday(new Date('2026-11-23T17:30:00Z'))).toBe('2026-11-24');
    expect(businessToday(new Date('2026-11-23T15:59:00Z'))).toBe('2026-11-23');
  });
});

describe('refused drafts', () => {
  test('should map per-change server errors back to the cells sent', () => {
    const sent = [
      { sku_id: 1, channel_id: 2, price: 10, sku_code: 'A', channel_name: 'X', current_price: null, control_price: null },
      { sku_id: 3, channel_id: 4, price: 11, sku_code: 'B', channel_name: 'Y', current_price: 12, control_price: 9 },
    ];
    const cells = refusedCells(sent, { 'changes.1.channel_id': 'offline-only', 'changes.9.price': 'gone', effective_from: 'bad' });
    expect([...cells]).toEqual([['3:4', 'offline-only']]);
  });
});
