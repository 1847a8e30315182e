import type { CellDoubleClickedEvent, CellEditRequestEvent, GetRowIdParams, GridApi, GridReadyEvent } from 'ag-grid-community';
import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { Box } from '@mui/material';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { canEditCell } from './cellRules';
import { parsePriceText } from './clipboard';
import { usePriceFormat } from './format';
import { channelOfColumn, matrixColumns, POLICY_FIELDS } from './matrixColumns';
import type { PolicyField } from './usePolicyEdit';
import { createMatrixContext } from './matrixContext';
import { matrixDatasource, type MatrixLoadEvents } from './matrixDatasource';
import { matrixCellStyles, matrixTheme } from './matrixTheme';
import type { DraftChange, MatrixChannel, MatrixFilters, MatrixRow, PriceView } from './types';
import type { PriceEdit } from './useDraftChanges';
import { useSpreadsheetKeys, type EditSource } from './useSpreadsheetKeys';

ModuleRegistry.registerModules([AllCommunityModule]);

export interface MatrixGridProps {
  apiRef: RefObject<GridApi<MatrixRow> | null>;
  channels: readonly MatrixChannel[];
  /** Pack, units and guide price pinned beside code, name and control price. */
  details: boolean;
  filters: MatrixFilters;
  view: PriceView;
  mayEdit: boolean;
  drafts: ReadonlyMap<string, DraftChange>;
  errors: ReadonlyMap<string, string>;
  events: MatrixLoadEvents;
  onEdits(edits: PriceEdit[], skipped: number, source: EditSource | 'type'): void;
  onHistory(row: MatrixRow, channel: MatrixChannel): void;
  /** May change control prices and promotion floors in place. */
  mayEditPolicy: boolean;
  onPolicyEdit(row: MatrixRow, field: PolicyField, price: number): void;
}

const getRowId = (p: GetRowIdParams<MatrixRow>) => String(p.data.id);
const rowClassRules = { 'rx-parity-row': (p: { data?: MatrixRow }) => !!p.data?.parity_breach };
const defaultColDef = { resizable: true, suppressHeaderMenuButton: true };

/** The SKU × channel grid: infinite row model, drafts and range shown through the shared context. */
export const MatrixGrid = memo(function MatrixGrid(props: MatrixGridProps) {
  const { apiRef, channels, details, filters, view, mayEdit, mayEditPolicy, drafts, errors, events, onEdits, onHistory, onPolicyEdit } = props;
  const translate = useTranslate();
  const notify = useNotify();
  const format = usePriceFormat();
  const dataProvider = useDataProvider();
  const container = useRef<HTMLDivElement>(null);
  const [context] = useState(() => createMatrixContext({ view, mayEdit, mayEditPolicy, drafts, errors, format, translate, openHistory: onHistory }));

  useEffect(() => {
    context.update({ view, mayEdit, mayEditPolicy, drafts, errors, format, translate, openHistory: onHistory });
    const api = apiRef.current;
    if (!api) return;
    if (view === 'unit') api.stopEditing(true);
    api.refreshHeader();
    api.refreshCells({ force: true });
  }, [apiRef, context, view, mayEdit, mayEditPolicy, drafts, errors, format, translate, onHistory]);

  const columnDefs = useMemo(() => matrixColumns(channels, translate, { details }), [channels, translate, details]);
  const datasource = useMemo(() => matrixDatasource(dataProvider, filters, events), [dataProvider, filters, events]);
  useEffect(() => context.update({ range: null }), [context, datasource]);
  const onCellFocused = useSpreadsheetKeys({ apiRef, context, container, onEdits });

  const onCellEditRequest = useCallback((event: CellEditRequestEvent<MatrixRow>) => {
    const channel = channelOfColumn(event.colDef);
    const field = event.colDef.colId ?? '';
    if (!event.data || (!channel && !POLICY_FIELDS.includes(field))) return;
    const text = event.newValue == null ? '' : String(event.newValue).trim();
    const price = text === '' ? null : parsePriceText(text);
    if (text !== '' && price === null) return notify('rx.pricing.paste.invalid', { type: 'warning', messageArgs: { text } });
    if (!channel) {
      // A policy change applies at once (a lowering waits for a manager): no draft, and no clearing it.
      if (price !== null && price !== event.data[field as PolicyField]) onPolicyEdit(event.data, field as PolicyField, price);
      return;
    }
    onEdits([{ row: event.data, channel, price }], 0, 'type');
  }, [notify, onEdits, onPolicyEdit]);

  const onCellDoubleClicked = useCallback((event: CellDoubleClickedEvent<MatrixRow>) => {
    const channel = channelOfColumn(event.colDef);
    if (channel && event.data && !canEditCell(event.data, channel, context.view, context.mayEdit)) onHistory(event.data, channel);
  }, [context, onHistory]);

  const onGridReady = useCallback((event: GridReadyEvent<MatrixRow>) => {
    apiRef.current = event.api;
  }, [apiRef]);

  return (
    <Box ref={container} sx={{ height: '100%', ...matrixCellStyles }}>
      <AgGridReact<MatrixRow>
        theme={matrixTheme}
        context={context}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={100}
        maxBlocksInCache={50}
        blockLoadDebounceMillis={80}
        getRowId={getRowId}
        rowClassRules={rowClassRules}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        onCellDoubleClicked={onCellDoubleClicked}
        onCellFocused={onCellFocused}
        onGridReady={onGridReady}
        alwaysShowHorizontalScroll
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        tooltipShowDelay={400}
        suppressMultiSort
        animateRows={false}
      />
    </Box>
  );
});
