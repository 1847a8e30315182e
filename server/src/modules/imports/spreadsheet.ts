import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { badRequest } from '../../http/errors';

export interface Sheet {
  headers: string[];
  rows: string[][];
}

const MAX_ROWS = 100_000;

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
  }
  return String(value).trim();
}

/** Reads the first worksheet of an XLSX or CSV upload into header + text rows. */
export async function readSpreadsheet(fileName: string, buffer: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (/\.csv$/i.test(fileName)) {
      const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
      sheet = await workbook.csv.read(Readable.from([text]), { parserOptions: { delimiter: text.includes('\t') && !text.includes(',') ? '\t' : ',' } });
    } else if (/\.xlsx$/i.test(fileName)) {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
      sheet = workbook.worksheets[0];
    } else {
      throw badRequest('Upload an .xlsx or .csv file', { file: 'Only .xlsx and .csv are supported' });
    }
  } catch (err) {
    if ((err as { status?: number }).status === 400) throw err;
    throw badRequest(`Could not read ${fileName}: ${(err as Error).message}`, { file: 'Unreadable spreadsheet' });
  }
  if (!sheet || sheet.rowCount < 1) throw badRequest('The file has no rows', { file: 'Empty file' });
  const all: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    if (values.some((v) => v !== '')) all.push(values);
  });
  const [headerRow = [], ...rows] = all;
  if (rows.length > MAX_ROWS) throw badRequest(`At most ${MAX_ROWS} rows per file`, { file: 'Too many rows' });
  const headers = headerRow.map((h, i) => h || `Column ${i + 1}`);
  return { headers, rows: rows.map((r) => headers.map((_, i) => r[i] ?? '')) };
}
