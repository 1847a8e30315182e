import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { exportLabel } from '../../../../shared/export-labels';
import { renderServerMessage } from '../../../../shared/server-messages';
import { neutralizeCell } from '../../../../shared/spreadsheet-safety';
import type { RowError } from './price-import-rows';

/**
 * An import's row errors as a sheet in the reader's language, one row each: the sheet row, the
 * column's name (as `fieldLabel` names the import's fields) and the problem. Every import's errors
 * download goes through here.
 */
export async function writeRowErrorsSheet(locale: string, errors: RowError[], fieldLabel: (field: string) => string, out: Writable): Promise<void> {
  const label = (key: string) => exportLabel(locale, key);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(label('sheet_errors'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: label('row'), key: 'row', width: 8 },
    { header: label('column'), key: 'column', width: 20 },
    { header: label('message'), key: 'message', width: 90 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const e of errors) {
    sheet.addRow({
      row: e.row,
      column: neutralizeCell(fieldLabel(e.field)),
      message: neutralizeCell(renderServerMessage(locale, e.key, e.params) ?? e.message),
    }).commit();
  }
  sheet.commit();
  await workbook.commit();
}
