import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, test } from 'vitest';
import { readSheet, SHEET_LIMITS, type SheetLimits } from './spreadsheet';
import { XmlScanner } from './xml-scanner';
import { csvRows, xlsxBomb, xlsxSharedStringBomb, xlsxWide, xlsxWithSheet } from '../../../test/support/hostile-files';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxc-sheet-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function read(name: string, bytes: Buffer, limits: Partial<SheetLimits> = {}): Promise<string[][]> {
  const file = path.join(dir, `${n++}-${name}`);
  fs.writeFileSync(file, bytes);
  const rows: string[][] = [];
  await readSheet(file, name, (cells) => void rows.push(cells), { ...SHEET_LIMITS, ...limits });
  return rows;
}

const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a failure'); }, (err) => err);

describe('CSV reading', () => {
  test('should read UTF-8 with and without a BOM, comma or tab separated', async () => {
    expect(await read('a.csv', Buffer.from('\uFEFFSKU,价格\nAMX-12,9.90\n'))).toEqual([['SKU', '价格'], ['AMX-12', '9.90']]);
    expect(await read('a.csv', Buffer.from('SKU\t价格\r\nAMX-12\t"1,5"\r\n\r\n'))).toEqual([['SKU', '价格'], ['AMX-12', '1,5']]);
    expect(await read('mac.csv', Buffer.from('SKU,价格\rAMX-12,"9.90"\rAMX-24,12\r'))).toEqual([['SKU', '价格'], ['AMX-12', '9.90'], ['AMX-24', '12']]);
  });

  test('should read a record whose quoted cell spans lines and chunks', async () => {
    const note = `第一行\n${'长'.repeat(40_000)}\n第三行`;
    const rows = await read('long.csv', Buffer.from(`SKU,备注\nAMX-12,"${note}"\nAMX-24,ok\n`), { maxCellChars: 50_000 });
    expect(rows).toEqual([['SKU', '备注'], ['AMX-12', note], ['AMX-24', 'ok']]);
  });

  test('should read GBK (GB18030) files with Chinese headers', async () => {
    const text = '商品编码,渠道编码,单价\nHX-AMX-024,JD,11.47\n';
    expect(await read('gbk.csv', iconv.encode(text, 'gbk'))).toEqual([['商品编码', '渠道编码', '单价'], ['HX-AMX-024', 'JD', '11.47']]);
  });

  test('should undo the export prefix on formula-leading text', async () => {
    expect(await read('a.csv', Buffer.from("SKU,Name\nA,'=1+1\nB,'plain\n"))).toEqual([['SKU', 'Name'], ['A', '=1+1'], ['B', "'plain"]]);
  });

  test('should stop at the first row over the limit', async () => {
    expect(await read('ok.csv', csvRows(5), { maxRows: 5 })).toHaveLength(6);
    const err = await failure(read('big.csv', csvRows(6), { maxRows: 5 }));
    expect(err).toMatchObject({ status: 400, key: 'import_too_many_rows', errors: { file: expect.any(String) } });
  });

  test('should refuse too many columns, long cells and unreadable lines', async () => {
    expect(await failure(read('w.csv', Buffer.from(`${'a,'.repeat(10)}a\n`), { maxColumns: 10 }))).toMatchObject({ key: 'import_too_many_columns' });
    expect(await failure(read('l.csv', Buffer.from(`SKU\n${'x'.repeat(51)}\n`), { maxCellChars: 50 }))).toMatchObject({ key: 'import_cell_too_long', params: { row: 2 } });
    expect(await failure(read('q.csv', Buffer.from(`SKU\n"${'x'.repeat(5000)}`), { maxColumns: 2, maxCellChars: 100 }))).toMatchObject({ status: 400, key: 'import_csv_line' });
  });
});

test('should pass on errors of the row sink rather than call the file unreadable', async () => {
  for (const name of ['a.csv', 'a.xlsx']) {
    const file = path.join(dir, `${n++}-${name}`);
    fs.writeFileSync(file, name.endsWith('.csv') ? csvRows(3) : xlsxWithSheet('<row><c><v>1</v></c></row>'));
    const boom = new Error('database is down');
    expect(await failure(readSheet(file, name, () => { throw boom; }))).toBe(boom);
  }
});

describe('XLSX reading', () => {
  test('should read shared strings, inline strings, numbers and dates as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Prices');
    sheet.addRow(['SKU', '渠道编码', 'Price', 'Effective from']);
    sheet.addRow(['AMX-12', 'JD', 9.9, new Date(Date.UTC(2026, 11, 1))]);
    sheet.addRow([]);
    sheet.addRow(['=quoted', 'JD', 15.800000000000001, '2026-12-01']);
    sheet.getCell('A4').value = "'=quoted";
    const rows = await read('a.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(rows).toEqual([['SKU', '渠道编码', 'Price', 'Effective from'], ['AMX-12', 'JD', '9.9', '2026-12-01'], ['=quoted', 'JD', '15.8', '2026-12-01']]);
    expect(await read('b.xlsx', xlsxWithSheet('<row><c t="inlineStr"><is><t>a &amp; b</t></is></c><c t="b"><v>1</v></c></row>'))).toEqual([['a & b', 'TRUE']]);
  });

  test('should refuse a zip bomb quickly, inline or in shared strings', async () => {
    const started = Date.now();
    expect(await failure(read('bomb.xlsx', xlsxBomb(20_000_000)))).toMatchObject({ status: 400, key: 'import_cell_too_long' });
    expect(await failure(read('bomb2.xlsx', xlsxSharedStringBomb(5_000_000)))).toMatchObject({ status: 400, key: 'import_cell_too_long' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('should count every inflated byte against the cap', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    expect(await failure(read('big.xlsx', xlsxWithSheet(rows), { maxUnzippedBytes: 20_000 }))).toMatchObject({ key: 'import_unzipped_too_large' });
    expect(await read('fits.xlsx', xlsxWithSheet(rows), { maxUnzippedBytes: 200_000 })).toHaveLength(2000);
  });

  test('should refuse wide sheets at the first column over the limit', async () => {
    expect(await failure(read('wide.xlsx', xlsxWide(16_000)))).toMatchObject({ status: 400, key: 'import_too_many_columns', params: { row: 1 } });
  });

  test('should refuse rows over the limit and broken files', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<row><c><v>${i}</v></c></row>`).join('');
    expect(await failure(read('rows.xlsx', xlsxWithSheet(rows), { maxRows: 10 }))).toMatchObject({ key: 'import_too_many_rows' });
    expect(await failure(read('broken.xlsx', Buffer.from('not a zip')))).toMatchObject({ status: 400, key: 'import_unreadable' });
    expect(await failure(read('notes.txt.doc', Buffer.from('x')))).toMatchObject({ key: 'import_file_type' });
  });
});

describe('XML scanner', () => {
  test('should give the same tokens however the input is split', () => {
    const xml = '<?xml version="1.0"?><a x="1 &amp; 2"><!-- c --><b>t&lt;x&#x4e2d;</b><![CDATA[<raw>]]><c/></a>';
    const tokens = (pieces: string[]) => {
      const out: string[] = [];
      const text = (t: string) => (out.at(-1)?.startsWith('#') ? (out[out.length - 1] += t) : out.push(`#${t}`));
      const scanner = new XmlScanner({ open: (name, attrs) => out.push(`<${name}${attrs.x ?? ''}`), close: (name) => out.push(`/${name}`), text });
      pieces.forEach((p) => scanner.write(p));
      scanner.end();
      return out.join('|');
    };
    const whole = tokens([xml]);
    expect(whole).toBe('<a1 & 2|<b|#t<x中|/b|#<raw>|<c|/c|/a');
    for (let size = 1; size < 8; size++) {
      expect(tokens(xml.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!)).toBe(whole);
    }
  });
});
