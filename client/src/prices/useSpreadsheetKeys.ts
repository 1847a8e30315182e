import type { CellFocusedEvent, Column, GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { fillDownWrites, isArrowKey, moveFocus, parseTsv, pasteWrites, rangeOf, toTsv, type CellPos } from './clipboard';
import { cellText, channelCellAt, clearingEdits, currentRange, editsFromText, rangeText } from './gridCells';
import type { MatrixGridContext } from './matrixContext';
import type { MatrixRow } from './types';
import type { PriceEdit } from './useDraftChanges';

interface Options {
  apiRef: RefObject<GridApi<MatrixRow> | null>;
  context: MatrixGridContext;
  container: RefObject<HTMLElement | null>;
  /** Cells changed by paste, fill-down or Delete; `skipped` counts target cells that took no price. */
  onEdits(edits: PriceEdit[], skipped: number, source: EditSource): void;
}

export type EditSource = 'paste' | 'fill' | 'clear';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Range selection (Shift+arrows, Shift+click), copy, paste, fill-down (Ctrl+D), Delete and H for
 * history on top of AG Grid Community, whose own range and clipboard features are Enterprise-only.
 * Returns the grid's cellFocused handler.
 */
export function useSpreadsheetKeys({ apiRef, context, container, onEdits }: Options) {
  const anchor = useRef<CellPos | null>(null);
  const focus = useRef<CellPos | null>(null);
  const shiftClick = useRef(false);

  const select = useCallback((from: CellPos, to: CellPos) => {
    const api = apiRef.current;
    if (!api) return;
    const previous = context.range;
    const next = rangeOf(from, to);
    anchor.current = from;
    focus.current = to;
    const single = next.top === next.bottom && next.left === next.right;
    const columns = api.getAllDisplayedColumns();
    context.update({ range: single ? null : next, colIndex: new Map(columns.map((c, i) => [c.getColId(), i])) });
    if (!previous && single) return;
    const union = previous
      ? { top: Math.min(previous.top, next.top), bottom: Math.max(previous.bottom, next.bottom), left: Math.min(previous.left, next.left), right: Math.max(previous.right, next.right) }
      : next;
    api.refreshCells({
      force: true,
      rowNodes: api.getRenderedNodes().filter((n) => n.rowIndex !== null && n.rowIndex >= union.top && n.rowIndex <= union.bottom),
      columns: columns.slice(union.left, union.right + 1),
    });
  }, [apiRef, context]);

  const onCellFocused = useCallback((event: CellFocusedEvent<MatrixRow>) => {
    const column = event.column;
    if (event.rowIndex == null || !column || typeof column === 'string') return;
    const here = { row: event.rowIndex, col: event.api.getAllDisplayedColumns().indexOf(column as Column) };
    select(shiftClick.current && anchor.current ? anchor.current : here, here);
    shiftClick.current = false;
  }, [select]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const ready = (event: Event) => {
      const api = apiRef.current;
      return api && !isTyping(event.target) && api.getEditingCells().length === 0 ? api : null;
    };
    const apply = ({ edits, skipped }: { edits: PriceEdit[]; skipped: number }, source: EditSource) => onEdits(edits, skipped, source);

    const onKeyDown = (event: KeyboardEvent) => {
      const api = ready(event);
      if (!api) return;
      const mod = event.ctrlKey || event.metaKey;
      const handled = () => {
        event.preventDefault();
        event.stopPropagation();
      };
      const cell = api.getFocusedCell();
      if (event.shiftKey && !mod && isArrowKey(event.key) && cell) {
        const columns = api.getAllDisplayedColumns();
        const start = anchor.current ?? { row: cell.rowIndex, col: columns.indexOf(cell.column as Column) };
        const end = moveFocus(focus.current ?? start, event.key, api.getDisplayedRowCount(), columns.length);
        select(start, end);
        api.ensureIndexVisible(end.row);
        api.ensureColumnVisible(columns[end.col]);
        return handled();
      }
      const range = currentRange(api, context);
      if (!range) return;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'd') {
        apply(editsFromText(api, context, fillDownWrites(range, (row, col) => cellText(api, row, col))), 'fill');
        return handled();
      }
      if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) {
        apply(clearingEdits(api, context, range), 'clear');
        return handled();
      }
      if (!mod && !event.altKey && event.key.toLowerCase() === 'h') {
        const target = channelCellAt(api, range.top, range.left);
        if (target) context.openHistory(target.row, target.channel);
        return handled();
      }
      if (event.key === 'Escape' && context.range && anchor.current) select(anchor.current, anchor.current);
    };
    const onCopy = (event: ClipboardEvent) => {
      const api = ready(event);
      const range = api && currentRange(api, context);
      if (!api || !range || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', toTsv(rangeText(api, range)));
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      const api = ready(event);
      const range = api && currentRange(api, context);
      if (!api || !range) return;
      const values = parseTsv(event.clipboardData?.getData('text/plain') ?? '');
      apply(editsFromText(api, context, pasteWrites(values, range, api.getDisplayedRowCount(), api.getAllDisplayedColumns().length)), 'paste');
      event.preventDefault();
    };
    const onMouseDown = (event: MouseEvent) => {
      shiftClick.current = event.shiftKey;
    };
    element.addEventListener('keydown', onKeyDown, true);
    element.addEventListener('copy', onCopy);
    element.addEventListener('paste', onPaste);
    element.addEventListener('mousedown', onMouseDown, true);
    return () => {
      element.removeEventListener('keydown', onKeyDown, true);
      element.removeEventListener('copy', onCopy);
      element.removeEventListener('paste', onPaste);
      element.removeEventListener('mousedown', onMouseDown, true);
    };
  }, [apiRef, container, context, onEdits, select]);

  return onCellFocused;
}
