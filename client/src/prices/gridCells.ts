import type { Column, GridApi } from 'ag-grid-community';
import { canEditCell } from './cellRules';
import { cellsIn, parsePriceText, rangeOf, type CellRange, type CellWrite } from './clipboard';
import { channelOfColumn } from './matrixColumns';
import type { MatrixGridContext } from './matrixContext';
import type { MatrixRow } from './types';
import type { PriceEdit } from './useDraftChanges';

type Api = GridApi<MatrixRow>;

/** The selected range, or the focused cell as a one-cell range. */
export function currentRange(api: Api, context: MatrixGridContext): CellRange | null {
  const cell = api.getFocusedCell();
  if (!cell) return null;
  if (context.range) return context.range;
  const col = api.getAllDisplayedColumns().indexOf(cell.column as Column);
  return col < 0 ? null : rangeOf({ row: cell.rowIndex, col }, { row: cell.rowIndex, col });
}

function cellAt(api: Api, row: number, col: number) {
  const node = api.getDisplayedRowAtIndex(row);
  const column = api.getAllDisplayedColumns()[col];
  return node?.data && column ? { node, column, data: node.data } : null;
}

/** Raw value (not formatted) so that copied prices paste back as numbers. */
export function cellText(api: Api, row: number, col: number): string {
  const cell = cellAt(api, row, col);
  const value = cell ? api.getCellValue({ rowNode: cell.node, colKey: cell.column }) : null;
  return value == null ? '' : String(value);
}

export function rangeText(api: Api, range: CellRange): string[][] {
  const rows: string[][] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const cells: string[] = [];
    for (let col = range.left; col <= range.right; col++) cells.push(cellText(api, row, col));
    rows.push(cells);
  }
  return rows;
}

/** Drafts for the editable channel cells among `targets`; `price` undefined means "not a price", null clears. */
function editsFor(api: Api, context: MatrixGridContext, targets: { row: number; col: number; price: number | null | undefined }[]) {
  const edits: PriceEdit[] = [];
  for (const { row, col, price } of targets) {
    const cell = cellAt(api, row, col);
    const channel = channelOfColumn(cell?.column.getColDef());
    if (price !== undefined && cell && channel && canEditCell(cell.data, channel, context.view, context.mayEdit)) {
      edits.push({ row: cell.data, channel, price });
    }
  }
  return { edits, skipped: targets.length - edits.length };
}

export const editsFromText = (api: Api, context: MatrixGridContext, writes: CellWrite[]) =>
  editsFor(api, context, writes.map((w) => ({ ...w, price: parsePriceText(w.text) ?? undefined })));

export const clearingEdits = (api: Api, context: MatrixGridContext, range: CellRange) =>
  editsFor(api, context, cellsIn(range).map((c) => ({ ...c, price: null })));

export function channelCellAt(api: Api, row: number, col: number) {
  const cell = cellAt(api, row, col);
  const channel = channelOfColumn(cell?.column.getColDef());
  return cell && channel ? { row: cell.data, channel } : null;
}
