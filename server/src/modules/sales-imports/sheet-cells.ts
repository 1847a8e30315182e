import { hasControlChars } from '../../../../shared/fields';
import type { SalesImportField } from '../../../../shared/sales-import';
import { renderServerMessage, type MessageParams, type ServerMessageKey } from '../../../../shared/server-messages';
import type { RowError } from '../imports/price-import-rows';

/**
 * Reads the mapped cells of a staged sheet row: trimmed, within the field's length, free of control
 * characters, each problem a row error. Made once per file, reading the current row from `row`:
 * closures made per row cost a million allocations (and a name each under tsx) on a large file.
 */
export function sheetCellReader(columns: Partial<Record<SalesImportField, number>>, maxText: Partial<Record<SalesImportField, number>>) {
  const row = { cells: [] as string[], sheetRow: 0, errors: [] as RowError[] };
  const fail = (field: SalesImportField, key: ServerMessageKey, params: MessageParams = {}) => {
    row.errors.push({ row: row.sheetRow, field, key, params, message: renderServerMessage('en', key, params) ?? key });
  };
  const cell = (field: SalesImportField): string => {
    const index = columns[field];
    const text = index === undefined ? '' : (row.cells[index] ?? '').trim();
    const max = maxText[field];
    if (max && text.length > max) {
      fail(field, 'sales_row_too_long', { max });
      return '';
    }
    if (hasControlChars(text)) {
      fail(field, 'sales_row_control');
      return '';
    }
    return text;
  };
  /** A cell that must hold something: one error per field (a too-long cell is not also "required"). */
  const required = (field: SalesImportField) => {
    const text = cell(field);
    if (!text && !row.errors.some((e) => e.field === field)) fail(field, 'sales_row_required');
    return text;
  };
  /** Starts reading a row; its errors collect in `errors`. */
  const start = (cells: string[], sheetRow: number, errors: RowError[]) => {
    row.cells = cells;
    row.sheetRow = sheetRow;
    row.errors = errors;
  };
  return { row, start, fail, cell, required };
}
