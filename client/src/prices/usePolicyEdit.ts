import type { GridApi } from 'ag-grid-community';
import { useCallback, type RefObject } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import type { MatrixRow } from './types';
import { useServerText } from './useServerText';

export type PolicyField = 'control_price' | 'promo_floor_price';

const cents = (yuan: number) => Math.round(yuan * 100) / 100;

/**
 * Saves a control price or promotion floor typed into the matrix: at once (a policy is not a price
 * request), creating the SKU's policy when it has none. The server decides what applies now and
 * what waits for a manager (a sales user lowering either); the row reloads to show which.
 * A control price below the floor takes the floor down with it, so the pair stays valid.
 */
export function usePolicyEdit(apiRef: RefObject<GridApi<MatrixRow> | null>) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const serverText = useServerText();
  return useCallback(async (row: MatrixRow, field: PolicyField, price: number) => {
    const control = field === 'control_price' ? price : row.control_price ?? price;
    const floorTyped = field === 'promo_floor_price' ? price : row.promo_floor_price ?? control;
    const values = { sku_id: row.id, control_price: cents(control), promo_floor_price: cents(Math.min(floorTyped, control)) };
    try {
      const { data } = row.policy_id === null
        ? await dataProvider.create('price-policies', { data: values })
        : await dataProvider.update('price-policies', {
          id: row.policy_id,
          data: { ...values, version: row.policy_version },
          previousData: { id: row.policy_id, control_price: row.control_price, promo_floor_price: row.promo_floor_price },
        });
      notify(data.pending_change ? 'rx.pricing.policy.waiting' : 'rx.pricing.policy.saved', {
        type: data.pending_change ? 'info' : 'success', messageArgs: { code: row.code },
      });
    } catch (error) {
      const message = error instanceof Error ? serverText(error.message) : String(error);
      notify('rx.pricing.policy.failed', { type: 'error', messageArgs: { code: row.code, message } });
    }
    apiRef.current?.refreshInfiniteCache();
  }, [apiRef, dataProvider, notify, serverText]);
}
