import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Card, LinearProgress, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { DayPicker } from '../common/DayPicker';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { fetchSales, salesReportUrl, type SalesQuery, type SalesRow } from '../sales/api';
import { addDays, todayIn } from '../sales/calendar';
import { ordersPathFor } from './drill';
import { MEASURES, type Measure, useDimensionNames } from './names';
import { queryFromSearch, reportPath } from './reportPath';
import { ReportChart, type ChartKind } from './ReportChart';
import { ReportTable } from './ReportTable';

const PRIMARY = ['month', 'week', 'day', 'channel_id', 'channel_type', 'sku_id', 'product_id', 'province', 'customer_type'] as const;
const SECONDARY = ['', 'channel_id', 'channel_type', 'sku_id', 'product_id', 'province', 'customer_type'] as const;
const CHARTS: ChartKind[] = ['line', 'bar', 'area', 'pie', 'province'];

/**
 * Sales by any dimension: choose the grouping, dates, comparison and flow; a chart and a table with
 * totals; a click opens the matching orders; XLSX export in the reader's language. The choices live
 * in the address, so a view can be bookmarked and sent to a colleague.
 */
export default function SalesReportPage() {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.salesReport.${key}`, options);
  const timeZone = useCompanyTimeZone();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const today = todayIn(timeZone);
  const fallback: SalesQuery = { group_by: ['month'], filter: { date_gte: `${addDays(today, -364).slice(0, 7)}-01`, date_lte: today } };
  const query = queryFromSearch(search, fallback);
  const measure = (search.get('measure') as Measure) || 'amount';
  const chart = (search.get('chart') as ChartKind) || 'line';
  const [primary = 'month', secondary = ''] = query.group_by;
  const update = (patch: Partial<SalesQuery> & { measure?: string; chart?: string }) => {
    const next = { ...query, ...patch };
    const params = new URLSearchParams(reportPath(next).split('?')[1]);
    params.set('measure', patch.measure ?? measure);
    params.set('chart', patch.chart ?? chart);
    setSearch(params, { replace: true });
  };
  const setFilter = (key: string, value: unknown) => {
    const filter = { ...query.filter, [key]: value };
    if (value === '' || value === undefined) delete filter[key];
    update({ filter });
  };

  const { data: rows = [], isFetching, error } = useQuery({ queryKey: ['sales-report', query], queryFn: () => fetchSales(query) });
  const names = useDimensionNames(rows);
  const dims = useMemo(() => query.group_by, [query.group_by]);
  const open = (row: SalesRow) => navigate(ordersPathFor(row, query.filter));

  return (
    <Box sx={{ p: 2 }} data-testid="sales-report">
      <Title title={t('title')} />
      <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap" alignItems="center" sx={{ mb: 1.5 }}>
        <TextField select size="small" label={t('group_by')} value={primary} sx={{ width: 150 }} data-testid="report-group-by"
          onChange={(e) => update({ group_by: [e.target.value, secondary].filter(Boolean) })}>
          {PRIMARY.map((d) => <MenuItem key={d} value={d}>{t(`dims.${d}`)}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('group_by')} value={secondary} sx={{ width: 150 }} data-testid="report-group-by-2"
          onChange={(e) => update({ group_by: [primary, e.target.value].filter(Boolean) })}>
          {SECONDARY.filter((d) => d !== primary).map((d) => <MenuItem key={d || 'none'} value={d}>{d ? t(`dims.${d}`) : t('none')}</MenuItem>)}
        </TextField>
        <DayPicker size="small" label={t('date_gte')} value={String(query.filter.date_gte ?? '')} onChange={(d) => setFilter('date_gte', d)} sx={{ width: 160 }} testId="report-date-gte" />
        <DayPicker size="small" label={t('date_lte')} value={String(query.filter.date_lte ?? '')} onChange={(d) => setFilter('date_lte', d)} sx={{ width: 160 }} testId="report-date-lte" />
        <TextField select size="small" label={t('compare')} value={query.compare ?? ''} sx={{ width: 170 }}
          onChange={(e) => update({ compare: (e.target.value || undefined) as SalesQuery['compare'] })}>
          <MenuItem value="">{t('compare_none')}</MenuItem>
          <MenuItem value="previous_period">{t('compares.previous_period')}</MenuItem>
          <MenuItem value="previous_year">{t('compares.previous_year')}</MenuItem>
        </TextField>
        <TextField select size="small" label={t('flow')} value={String(query.filter.flow ?? 'sell_in')} sx={{ width: 150 }}
          onChange={(e) => setFilter('flow', e.target.value === 'sell_in' ? '' : e.target.value)}>
          <MenuItem value="sell_in">{translate('resources.orders.choices.flow.sell_in')}</MenuItem>
          <MenuItem value="sell_out">{translate('resources.orders.choices.flow.sell_out')}</MenuItem>
        </TextField>
        <TextField select size="small" label={t('measure')} value={measure} sx={{ width: 140 }} onChange={(e) => update({ measure: e.target.value })}>
          {MEASURES.map((m) => <MenuItem key={m} value={m}>{t(`measures.${m}`)}</MenuItem>)}
        </TextField>
        <Box sx={{ flex: 1 }} />
        <Button size="small" startIcon={<DownloadIcon />} href={salesReportUrl(query, '.xlsx')} download data-testid="report-export">{t('export')}</Button>
      </Stack>
      <Stack direction="row" alignItems="center" spacing={2} sx={{ mb: 1 }}>
        <ToggleButtonGroup size="small" exclusive value={chart} onChange={(_, v) => v && update({ chart: v })}>
          {CHARTS.map((c) => <ToggleButton key={c} value={c} data-testid={`report-chart-${c}`}>{t(`charts.${c}`)}</ToggleButton>)}
        </ToggleButtonGroup>
        <Typography variant="caption" color="text.secondary">{t('open_orders')}</Typography>
      </Stack>
      {isFetching && <LinearProgress sx={{ mb: 1 }} />}
      {error && <Alert severity="error" sx={{ mb: 1 }}>{(error as Error).message}</Alert>}
      {!isFetching && !error && rows.length === 0 && <Alert severity="info" sx={{ mb: 1 }}>{t('empty')}</Alert>}
      {rows.length > 0 && (
        <>
          <Card sx={{ p: 1, mb: 2 }}>
            <ReportChart rows={rows} dims={dims} measure={measure} kind={chart} names={names} onOpen={open} />
          </Card>
          <ReportTable rows={rows} dims={dims} names={names} compare={!!query.compare} onOpen={open} />
        </>
      )}
    </Box>
  );
}
