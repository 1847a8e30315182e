import { useCallback, useMemo, useState } from 'react';
import { cellKey } from './cellRules';
import type { DraftChange, MatrixChannel, MatrixRow } from './types';

export interface PriceEdit {
  row: MatrixRow;
  channel: MatrixChannel;
  /** Yuan; null clears the draft. */
  price: number | null;
}

/**
 * Prices typed or pasted into the matrix, kept in the browser until submitted as one batch.
 * A draft equal to the price in force is no change and is dropped.
 */
export function useDraftChanges() {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, DraftChange>>(new Map());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());

  const edit = useCallback((edits: PriceEdit[]) => {
    if (!edits.length) return;
    setDrafts((previous) => {
      const next = new Map(previous);
      for (const { row, channel, price } of edits) {
        const key = cellKey(row.id, channel.id);
        if (price === null || price === row.cells[channel.id]?.price) next.delete(key);
        else {
          next.set(key, {
            sku_id: row.id, channel_id: channel.id, price, sku_code: row.code, channel_name: channel.name,
            current_price: row.cells[channel.id]?.price ?? null, control_price: row.control_price,
          });
        }
      }
      return next;
    });
    setErrors((previous) => {
      if (!edits.some(({ row, channel }) => previous.has(cellKey(row.id, channel.id)))) return previous;
      const next = new Map(previous);
      for (const { row, channel } of edits) next.delete(cellKey(row.id, channel.id));
      return next;
    });
  }, []);

  const discard = useCallback(() => {
    setDrafts(new Map());
    setErrors(new Map());
  }, []);

  const refuse = useCallback((sent: DraftChange[], serverErrors: Record<string, string>) => {
    const next = refusedCells(sent, serverErrors);
    setErrors(next);
    return next.size;
  }, []);

  const list = useMemo(() => [...drafts.values()], [drafts]);
  return { drafts, errors, list, edit, discard, refuse };
}

export type DraftChanges = ReturnType<typeof useDraftChanges>;

/** Maps the batch endpoint's `changes.<index>.<field>` errors back to the cells that were sent. */
export function refusedCells(sent: readonly DraftChange[], serverErrors: Record<string, string>): Map<string, string> {
  const cells = new Map<string, string>();
  for (const [path, message] of Object.entries(serverErrors)) {
    const match = /^changes\.(\d+)\./.exec(path);
    const change = match ? sent[Number(match[1])] : undefined;
    if (change && !cells.has(cellKey(change.sku_id, change.channel_id))) cells.set(cellKey(change.sku_id, change.channel_id), message);
  }
  return cells;
}
