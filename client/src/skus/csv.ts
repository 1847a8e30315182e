import { neutralizeCell } from '../../../shared/spreadsheet-safety';

/**
 * One CSV line per row, RFC 4180 quoting, with a BOM so Excel reads the Chinese text. Text cells
 * that a spreadsheet would run as a formula get an apostrophe in front; numbers stay numbers.
 */
export function toCsv(header: string[], rows: unknown[][]): string {
  const cell = (value: unknown) => {
    const text = value == null ? '' : String(neutralizeCell(value));
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\ufeff' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n');
}
