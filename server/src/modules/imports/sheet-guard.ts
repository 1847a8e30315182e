import { apiError, type HttpError } from '../../http/errors';
import type { MessageParams, ServerMessageKey } from '../../../../shared/server-messages';
import { unneutralizeCell } from '../../../../shared/spreadsheet-safety';

/** Limits every spreadsheet upload is read under; each trips while the file streams. */
export interface SheetLimits {
  /** Data rows (after the header row). */
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
  /** Total bytes inflated from an XLSX (all parts read together). */
  maxUnzippedBytes: number;
}

export const SHEET_LIMITS: SheetLimits = {
  maxRows: 100_000,
  maxColumns: 100,
  maxCellChars: 2_000,
  maxUnzippedBytes: 100 * 1024 * 1024,
};

/** A 400 (or 413) about the uploaded file, with the message as the `file` field error. */
export function fileError(key: ServerMessageKey, params: MessageParams = {}, status = 400): HttpError {
  return apiError(status, key, params, { file: apiError(status, key, params).message });
}

/** Wraps an error thrown by the row sink (e.g. the database), so readers pass it on instead of calling the file unreadable. */
export class SinkFailure extends Error {
  constructor(readonly inner: unknown) {
    super('row sink failed');
  }
}

/** Called with each non-empty row (cells trimmed, export prefixes undone); may wait, which pauses reading. */
export type RowSink = (cells: string[]) => Promise<void> | void;

/**
 * Checks each row against the limits before it is handed on: the first row is the header, and the
 * (maxRows + 1)th data row stops the read at once.
 */
export class RowGuard {
  private rows = 0;

  constructor(readonly limits: SheetLimits) {}

  /** Row number in the file's own terms (header = 1), for messages. */
  get rowNumber(): number {
    return this.rows + 1;
  }

  checkColumn(index: number, row = this.rowNumber): void {
    if (index >= this.limits.maxColumns) throw fileError('import_too_many_columns', { max: this.limits.maxColumns, row });
  }

  checkCell(length: number, row = this.rowNumber): void {
    if (length > this.limits.maxCellChars) throw fileError('import_cell_too_long', { max: this.limits.maxCellChars, row });
  }

  /** The cleaned row, or null when it is empty (skipped, not counted). */
  accept(raw: readonly (string | undefined)[]): string[] | null {
    this.checkColumn(raw.length - 1);
    // A plain loop: this runs for every cell of million-row files.
    let last = -1;
    const cells = new Array<string>(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const text = (raw[i] ?? '').trim();
      this.checkCell(text.length);
      if (text) last = i;
      cells[i] = text.charCodeAt(0) === 39 ? unneutralizeCell(text) : text; // only an apostrophe can start an escaped cell
    }
    if (last < 0) return null;
    if (this.rows > this.limits.maxRows) throw fileError('import_too_many_rows', { max: this.limits.maxRows });
    this.rows++;
    return last === cells.length - 1 ? cells : cells.slice(0, last + 1);
  }
}
