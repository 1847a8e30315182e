import type { ColDef, RowClickedEvent } from 'ag-grid-community';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { Box } from '@mui/material';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { formatCny } from '../../../shared/money';
import { useIntlLocale } from '../common/useIntlLocale';
import type { SalesRow } from '../sales/api';
import { MEASURES, type DimensionNames } from './names';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = themeQuartz.withParams({ fontFamily: 'inherit', fontSize: 13, headerFontSize: 13, rowHeight: 32, headerHeight: 36, accentColor: '#00695c' });
const MONEY = new Set(['amount', 'net_amount', 'avg_unit_price', 'prev_amount']);

type Row = SalesRow & { __total?: boolean };

/**
 * The report's rows in a sortable grid (keyboard-friendly, columns resizable) with a pinned total
 * row; a row click opens its orders.
 */
export const ReportTable = ({ rows, dims, names, compare, onOpen }: {
  rows: SalesRow[]; dims: string[]; names: DimensionNames; compare: boolean; onOpen(row: SalesRow): void;
}) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const t = (key: string) => translate(`rx.salesReport.${key}`);
  const columns = useMemo<ColDef<Row>[]>(() => [
    ...dims.map((d): ColDef<Row> => ({
      colId: d, headerName: t(`dims.${d}`), minWidth: 140, flex: 1,
      valueGetter: (p) => (p.data?.__total ? t('totals') : names(d, p.data?.[d as keyof SalesRow])),
    })),
    ...[...MEASURES, ...(compare ? ['prev_amount', 'change_pct'] : [])].map((m): ColDef<Row> => ({
      colId: m, field: m as keyof Row, type: 'rightAligned', width: 128,
      headerName: m === 'prev_amount' ? t('prev_amount') : m === 'change_pct' ? t('change_pct') : t(`measures.${m}`),
      valueFormatter: (p) => {
        if (p.value === null || p.value === undefined) return '—';
        if (MONEY.has(m)) return formatCny(Number(p.value), locale);
        if (m === 'change_pct') return `${Number(p.value) > 0 ? '+' : ''}${p.value}%`;
        return Number(p.value).toLocaleString(locale);
      },
      cellStyle: m === 'change_pct' ? (p) => ({ color: Number(p.value) < 0 ? '#c62828' : Number(p.value) > 0 ? '#2e7d32' : 'inherit' }) : undefined,
    })),
  // eslint-disable-next-line react-hooks/exhaustive-deps -- t is translate; names changes as names arrive
  ], [dims, names, compare, locale, translate]);
  const totals = useMemo<Row[]>(() => {
    const sum = (k: keyof SalesRow) => rows.reduce((s, r) => s + Number(r[k] ?? 0), 0);
    const qty = sum('qty');
    const amount = sum('amount');
    const prev = sum('prev_amount');
    return [{
      __total: true, qty, amount: Math.round(amount * 100) / 100, net_amount: Math.round(sum('net_amount') * 100) / 100, orders: sum('orders'),
      avg_unit_price: qty ? Math.round((amount / qty) * 100) / 100 : null,
      ...(compare ? { prev_amount: Math.round(prev * 100) / 100, change_pct: prev ? Math.round(((amount - prev) / prev) * 10000) / 100 : null } : {}),
    }];
  }, [rows, compare]);
  const height = Math.min(600, 36 + 32 * (rows.length + 1) + 4);
  return (
    <Box sx={{ height }} data-testid="report-table">
      <AgGridReact<Row>
        theme={theme}
        rowData={rows}
        columnDefs={columns}
        pinnedBottomRowData={totals}
        defaultColDef={{ sortable: true, resizable: true, suppressHeaderMenuButton: true }}
        onRowClicked={(e: RowClickedEvent<Row>) => e.data && !e.data.__total && onOpen(e.data)}
        rowStyle={{ cursor: 'pointer' }}
        getRowStyle={(p) => (p.node.rowPinned ? { fontWeight: 600, cursor: 'default' } : undefined)}
        animateRows={false}
      />
    </Box>
  );
};
