import { parseYuanText } from '../../../shared/money';
/**
 * Pure parts of the matrix's spreadsheet behaviour (AG Grid Community has no range selection,
 * clipboard or fill handle): ranges of displayed cells, tab-separated text, paste and fill-down targets.
 * Rows and columns are indexes in the grid's displayed order.
 */

export interface CellPos {
  row: number;
  col: number;
}

export interface CellRange {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface CellWrite extends CellPos {
  text: string;
}

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export const isArrowKey = (key: string): key is ArrowKey =>
  key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight';

export function rangeOf(anchor: CellPos, focus: CellPos): CellRange {
  return {
    top: Math.min(anchor.row, focus.row),
    bottom: Math.max(anchor.row, focus.row),
    left: Math.min(anchor.col, focus.col),
    right: Math.max(anchor.col, focus.col),
  };
}

export const inRange = (range: CellRange, row: number, col: number) =>
  row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;

/** Moves the range's moving end one cell, staying inside `rowCount` × `colCount`. */
export function moveFocus(focus: CellPos, key: ArrowKey, rowCount: number, colCount: number): CellPos {
  const clamp = (value: number, size: number) => Math.max(0, Math.min(size - 1, value));
  const dRow = key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : 0;
  const dCol = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  return { row: clamp(focus.row + dRow, rowCount), col: clamp(focus.col + dCol, colCount) };
}

/** Tab-separated text as spreadsheets put it on the clipboard (quoted cells may hold tabs and newlines). */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const source = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  if (source === '') return [];
  while (i <= source.length) {
    if (cell === '' && source[i] === '"') {
      const end = closingQuote(source, i + 1);
      if (end >= 0) {
        cell = source.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        continue;
      }
    }
    const ch = source[i];
    if (ch === undefined || ch === '\t' || ch === '\n') {
      row.push(cell);
      cell = '';
      if (ch !== '\t') {
        rows.push(row);
        row = [];
      }
    } else {
      cell += ch;
    }
    i++;
  }
  return rows;
}

/** Index of the quote closing a quoted cell, only if the cell ends right there; else -1. */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || next === '\t' || next === '\n' ? i : -1;
  }
  return -1;
}

export function toTsv(rows: string[][]): string {
  const quote = (cell: string) => (/[\t\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join('\t')).join('\n');
}

/**
 * Where pasted values go: a block that fits the selected range a whole number of times is repeated
 * over it (one value fills the whole range), otherwise it is pasted once from the range's top-left
 * cell. Cells beyond the grid are dropped.
 */
export function pasteWrites(values: string[][], range: CellRange, rowCount: number, colCount: number): CellWrite[] {
  const height = values.length;
  const width = Math.max(0, ...values.map((r) => r.length));
  if (!height || !width) return [];
  const rangeHeight = range.bottom - range.top + 1;
  const rangeWidth = range.right - range.left + 1;
  const tiles = rangeHeight % height === 0 && rangeWidth % width === 0;
  const rows = tiles ? rangeHeight : height;
  const cols = tiles ? rangeWidth : width;
  const writes: CellWrite[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const row = range.top + r;
      const col = range.left + c;
      const text = values[r % height][c % width];
      if (row < rowCount && col < colCount && text !== undefined) writes.push({ row, col, text });
    }
  }
  return writes;
}

/** Ctrl+D: every cell below the range's first row takes the value of the first row's cell in its column. */
export function fillDownWrites(range: CellRange, valueAt: (row: number, col: number) => string): CellWrite[] {
  const writes: CellWrite[] = [];
  for (let col = range.left; col <= range.right; col++) {
    const text = valueAt(range.top, col);
    for (let row = range.top + 1; row <= range.bottom; row++) writes.push({ row, col, text });
  }
  return writes;
}

/** A yuan amount typed or pasted by a person; see parseYuanText (a decimal comma is a decimal point). */
export const parsePriceText = parseYuanText;

export function cellsIn(range: CellRange): CellPos[] {
  const cells: CellPos[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) cells.push({ row, col });
  }
  return cells;
}
