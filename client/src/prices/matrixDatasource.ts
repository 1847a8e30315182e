import type { IDatasource } from 'ag-grid-community';
import type { DataProvider } from 'react-admin';
import { columnFilters, serverFilter, serverSort, type MatrixSort } from './matrixQuery';
import type { MatrixFilters, MatrixRow } from './types';

export interface MatrixLoadEvents {
  onLoading(loading: boolean): void;
  onLoaded(total: number, sort: MatrixSort): void;
  onError(error: unknown): void;
}

/**
 * Feeds AG Grid's infinite row model one block (page) at a time from GET /api/price-matrix, so the
 * browser never holds the whole matrix. Blocks start at multiples of the block size, so each is a page.
 */
export function matrixDatasource(dataProvider: DataProvider, filters: MatrixFilters, events: MatrixLoadEvents): IDatasource {
  let inFlight = 0;
  const settle = () => events.onLoading(--inFlight > 0);
  return {
    getRows({ startRow, endRow, sortModel, filterModel, successCallback, failCallback }) {
      const perPage = endRow - startRow;
      const sort = serverSort(sortModel);
      inFlight++;
      events.onLoading(true);
      dataProvider
        .getList<MatrixRow>('price-matrix', {
          pagination: { page: Math.floor(startRow / perPage) + 1, perPage },
          sort,
          filter: { ...serverFilter(filters), ...columnFilters(filterModel as Record<string, unknown>) },
        })
        .then(({ data, total }) => {
          const count = total ?? startRow + data.length;
          successCallback(data, count);
          events.onLoaded(count, sort);
        })
        .catch((error: unknown) => {
          failCallback();
          events.onError(error);
        })
        .finally(settle);
    },
  };
}
