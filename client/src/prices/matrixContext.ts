import type { TranslateFunction } from 'react-admin';
import type { CellRange } from './clipboard';
import type { PriceFormat } from './format';
import type { DraftChange, MatrixChannel, MatrixRow, PriceView } from './types';

/**
 * What the grid's callbacks read at call time (AG Grid's `context`). It is one mutable object, so
 * drafts and the selected range change without rebuilding column definitions; the grid is then
 * told to refresh its rendered cells.
 */
export interface MatrixGridContext {
  view: PriceView;
  mayEdit: boolean;
  /** May change control prices and promotion floors (applied at once, or waiting for a manager when lowered). */
  mayEditPolicy: boolean;
  drafts: ReadonlyMap<string, DraftChange>;
  errors: ReadonlyMap<string, string>;
  range: CellRange | null;
  /** Column id → index among displayed columns, for range checks. */
  colIndex: ReadonlyMap<string, number>;
  format: PriceFormat;
  translate: TranslateFunction;
  openHistory(row: MatrixRow, channel: MatrixChannel): void;
  /** The grid keeps this one object; changes go through here so callbacks see them at once. */
  update(patch: Partial<MatrixContextState>): void;
}

export type MatrixContextState = Omit<MatrixGridContext, 'update'>;

export function createMatrixContext(initial: Omit<MatrixContextState, 'range' | 'colIndex'>): MatrixGridContext {
  const context: MatrixGridContext = {
    ...initial,
    range: null,
    colIndex: new Map(),
    update(patch) {
      Object.assign(context, patch);
    },
  };
  return context;
}
