import { describe, expect, test } from 'vitest';
import { KIND_FIELDS, SALES_IMPORT_KINDS } from '../../../shared/sales-import';
import { salesImportMessages } from './i18n';
import { needsPriceOrAmount, OBSERVATION_IMPORT, SALES_IMPORT } from './flavours';
import { importedObservationsPath } from './ObservationResult';

describe('import wizard flavours', () => {
  test('should offer every kind in exactly one wizard, each through its own endpoints', () => {
    expect([...SALES_IMPORT.kinds, ...OBSERVATION_IMPORT.kinds].sort()).toEqual([...SALES_IMPORT_KINDS].sort());
    expect(SALES_IMPORT.api.base).toBe('/api/sales-imports');
    expect(OBSERVATION_IMPORT.api.base).toBe('/api/observation-imports');
    expect(OBSERVATION_IMPORT.api.errorsUrl(7)).toBe('/api/observation-imports/7/errors.xlsx');
  });

  test('should ask a price or an amount of sales files only', () => {
    expect(needsPriceOrAmount('orders')).toBe(true);
    expect(needsPriceOrAmount('sell_through')).toBe(true);
    expect(needsPriceOrAmount('observations')).toBe(false);
  });

  test('should label every field of every kind in both languages', () => {
    for (const messages of [salesImportMessages.en, salesImportMessages.zh]) {
      for (const kind of SALES_IMPORT_KINDS) {
        for (const field of KIND_FIELDS[kind].fields) expect(messages.rx.salesData.fields[field], `${kind}.${field}`).toBeTruthy();
        expect(messages.resources['sales-imports'].choices.kind[kind]).toBeTruthy();
        expect(messages.rx.salesData.kind_help[kind]).toBeTruthy();
      }
    }
  });

  test('should open the imported prices of the channel, newest first', () => {
    const url = new URL(importedObservationsPath(12), 'http://x');
    expect(url.pathname).toBe('/price-observations');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ channel_id: 12, source: 'import' });
    expect(url.searchParams.get('sort')).toBe('observed_at');
  });
});
