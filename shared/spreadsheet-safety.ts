/**
 * Formula injection guard for every CSV and XLSX writer: a text cell that a spreadsheet would read
 * as a formula (leading =, +, -, @, tab or CR) gets an apostrophe in front. Numbers, and text that
 * is a plain decimal number such as "-5" or "+12.50", stay as they are. The importer strips the
 * apostrophe again (`unneutralizeCell`), so an export re-imports unchanged.
 */
const TRIGGER = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function needsNeutralizing(text: string): boolean {
  return TRIGGER.test(text) && !PLAIN_NUMBER.test(text);
}

/** A text cell as it may be written to CSV or XLSX; non-text values pass through untouched. */
export function neutralizeCell<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return needsNeutralizing(value) ? `'${value}` : value;
}

/** Undoes `neutralizeCell` on a text cell read from an uploaded file. */
export function unneutralizeCell(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
