import { describe, expect, test } from 'vitest';
import { lookupFilters, matchPasted, MAX_PASTED_ROWS, parsePastedCodes } from './pasteCodes';

describe('parsePastedCodes', () => {
  test('should read codes and prices copied from Excel, skipping a Chinese header row', () => {
    const parsed = parsePastedCodes('商品编码\t名称\t促销价\r\nHX-IBU-010\t布洛芬缓释胶囊\t8.50\r\nHX-SMT-010\t蒙脱石散\t¥12\r\n');
    expect(parsed.headerSkipped).toBe(true);
    expect(parsed.rows).toEqual([
      { line: 2, code: 'HX-IBU-010', price: 8.5 },
      { line: 3, code: 'HX-SMT-010', price: 12 },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  test('should take the last cell as the price without a header, and ignore a name there', () => {
    const parsed = parsePastedCodes('HX-IBU-010, 7.9\nHX-SMT-010 , 蒙脱石散\n6901234567892');
    expect(parsed.headerSkipped).toBe(false);
    expect(parsed.rows).toEqual([
      { line: 1, code: 'HX-IBU-010', price: 7.9 },
      { line: 2, code: 'HX-SMT-010', price: null },
      { line: 3, code: '6901234567892', price: null },
    ]);
  });

  test('should split on spaces, read full-width text, and a GTIN typed in groups inside a cell', () => {
    const parsed = parsePastedCodes('ＨＸ-ＩＢＵ-０１０　９．９０\n"6 901234 567892", 3');
    expect(parsed.rows.map((r) => [r.code, r.price])).toEqual([['HX-IBU-010', 9.9], ['6901234567892', 3]]);
  });

  test('should report an unreadable price and keep the row without it', () => {
    const parsed = parsePastedCodes('SKU\tPrice\nHX-A\t12,345\nHX-B\tabc');
    expect(parsed.rows).toEqual([{ line: 2, code: 'HX-A', price: 12345 }, { line: 3, code: 'HX-B', price: null }]);
    expect(parsed.problems).toEqual([{ line: 3, text: 'abc', reason: 'bad_price' }]);
  });

  test('should recognise a header by its price column alone', () => {
    const parsed = parsePastedCodes('型号\t价格\nHX-A\t5');
    expect(parsed.headerSkipped).toBe(true);
    expect(parsed.rows).toEqual([{ line: 2, code: 'HX-A', price: 5 }]);
  });

  test('should count a code pasted twice once, with its last price, ignoring case', () => {
    const parsed = parsePastedCodes('hx-a\t5\n\nHX-B\nHX-A\t6');
    expect(parsed.rows).toEqual([{ line: 3, code: 'HX-B', price: null }, { line: 4, code: 'HX-A', price: 6 }]);
  });

  test('should stop at the most a promotion holds and say which rows were left out', () => {
    const text = Array.from({ length: MAX_PASTED_ROWS + 2 }, (_, i) => `C${i}`).join('\n');
    const parsed = parsePastedCodes(text);
    expect(parsed.rows).toHaveLength(MAX_PASTED_ROWS);
    expect(parsed.problems.map((p) => p.reason)).toEqual(['too_many', 'too_many']);
  });

  test('should read nothing from blank text', () => {
    expect(parsePastedCodes(' \n\t\n')).toEqual({ rows: [], problems: [], headerSkipped: false });
  });
});

describe('lookupFilters and matchPasted', () => {
  const skus = [
    { id: 1, code: 'HX-IBU-010', gtin: '6901234567892', status: 'active', name: '布洛芬' },
    { id: 2, code: 'HX-OLD', gtin: null, status: 'inactive', name: '旧包装' },
  ];

  test('should ask for each text as a code in both cases and the 13-digit ones as GTINs', () => {
    const rows = [{ line: 1, code: 'hx-ibu-010', price: null }, { line: 2, code: '6901234567892', price: 3 }];
    expect(lookupFilters(rows)).toEqual({ codes: ['hx-ibu-010', 'HX-IBU-010', '6901234567892'], gtins: ['6901234567892'] });
  });

  test('should read a unit\'s GTIN-14 (0 + GTIN-13), as marketplace exports write it, as its GTIN-13', () => {
    const rows = [{ line: 1, code: '06901234567892', price: null }, { line: 2, code: '16901234567899', price: null }];
    expect(lookupFilters(rows).gtins).toEqual(['6901234567892']);
    const { found, unknown } = matchPasted(rows, skus);
    expect(found.map((f) => [f.row.line, f.sku.id])).toEqual([[1, 1]]);
    expect(unknown.map((r) => r.line)).toEqual([2]);
  });

  test('should find SKUs by code or GTIN and list the inactive and the unknown apart', () => {
    const rows = [
      { line: 1, code: 'hx-ibu-010', price: 8 },
      { line: 2, code: '6901234567892', price: null },
      { line: 3, code: 'HX-OLD', price: null },
      { line: 4, code: 'NOPE', price: null },
    ];
    const { found, inactive, unknown } = matchPasted(rows, skus);
    expect(found.map((f) => [f.row.line, f.sku.id])).toEqual([[1, 1], [2, 1]]);
    expect(inactive.map((f) => f.sku.code)).toEqual(['HX-OLD']);
    expect(unknown.map((r) => r.code)).toEqual(['NOPE']);
  });
});
