import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import {
  Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from 'recharts';
import { formatCny } from '../../../shared/money';
import { useIntlLocale } from '../common/useIntlLocale';
import type { SalesRow } from '../sales/api';
import type { DimensionNames, Measure } from './names';
import { ProvinceGrid } from './ProvinceGrid';

export type ChartKind = 'line' | 'bar' | 'area' | 'pie' | 'province';

const COLORS = ['#00695c', '#ef6c00', '#1565c0', '#8e24aa', '#6d4c41', '#c62828', '#9e9d24'];
const MAX_SERIES = 6;
const TIME = ['day', 'week', 'month'];
const key = (v: unknown) => String(v ?? '');

interface Props {
  rows: SalesRow[];
  dims: string[];
  measure: Measure;
  kind: ChartKind;
  names: DimensionNames;
  onOpen(row: SalesRow): void;
}

/**
 * The report as a chart: the first grouping along the axis (in time order or largest first), the
 * second as up to six series (the rest summed as "others" is left to the table); a pie of shares;
 * or the province heat grid. A click on a point or slice opens its orders.
 */
export const ReportChart = ({ rows, dims, measure, kind: chosen, names, onOpen }: Props) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const [primary, secondary] = dims;
  // A line joins points in time; across channels or SKUs the same figures read as bars.
  const kind: ChartKind = (chosen === 'line' || chosen === 'area') && !TIME.includes(primary) ? 'bar' : chosen;
  const money = measure === 'amount' || measure === 'net_amount' || measure === 'avg_unit_price';
  // 2.3K in English, 2.3万 in Chinese: ticks stay distinct (rounding to whole thousands showed 2k twice).
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const format = (v: number) => (money ? formatCny(v, locale) : v.toLocaleString(locale));
  const value = (r: SalesRow) => Number(r[measure] ?? 0);

  if (kind === 'province') {
    const values = new Map<string, number>();
    for (const r of rows) if (r.province) values.set(r.province, (values.get(r.province) ?? 0) + value(r));
    if (!dims.includes('province')) return <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>{translate('rx.salesReport.province_needs_grouping')}</Typography>;
    return <ProvinceGrid values={values} format={format} onOpen={(province) => onOpen({ ...rows.find((r) => r.province === province)!, province })} />;
  }

  const totals = new Map<string, number>();
  for (const r of rows) totals.set(key(r[primary as keyof SalesRow]), (totals.get(key(r[primary as keyof SalesRow])) ?? 0) + value(r));
  const xs = [...totals.keys()];
  if (TIME.includes(primary)) xs.sort();
  else xs.sort((a, b) => totals.get(b)! - totals.get(a)!);
  const shownXs = TIME.includes(primary) ? xs : xs.slice(0, 30);

  if (kind === 'pie') {
    const data = shownXs.slice(0, 12).map((x) => ({ name: names(primary, rows.find((r) => key(r[primary as keyof SalesRow]) === x)?.[primary as keyof SalesRow]), value: totals.get(x)!, x }));
    return (
      <Box sx={{ height: 320 }} data-testid="report-chart">
        <ResponsiveContainer>
          <PieChart>
            <Pie data={data} dataKey="value" nameKey="name" outerRadius={120} isAnimationActive={false}
              onClick={(d) => onOpen(rows.find((r) => key(r[primary as keyof SalesRow]) === (d as unknown as { x: string }).x)!)}>
              {data.map((_, i) => <Cell key={i} fill={COLORS[i % COLORS.length]} />)}
            </Pie>
            <Tooltip formatter={(v) => format(Number(v))} />
            <Legend />
          </PieChart>
        </ResponsiveContainer>
      </Box>
    );
  }

  const seriesTotals = new Map<string, number>();
  if (secondary) for (const r of rows) seriesTotals.set(key(r[secondary as keyof SalesRow]), (seriesTotals.get(key(r[secondary as keyof SalesRow])) ?? 0) + value(r));
  const series = secondary ? [...seriesTotals.keys()].sort((a, b) => seriesTotals.get(b)! - seriesTotals.get(a)!).slice(0, MAX_SERIES) : ['total'];
  const seriesName = (s: string) => (secondary ? names(secondary, rows.find((r) => key(r[secondary as keyof SalesRow]) === s)?.[secondary as keyof SalesRow]) : translate(`rx.salesReport.measures.${measure}`));
  const data = shownXs.map((x) => {
    const point: Record<string, string | number> = { x, label: TIME.includes(primary) ? x : names(primary, rows.find((r) => key(r[primary as keyof SalesRow]) === x)?.[primary as keyof SalesRow]) };
    for (const s of series) {
      point[s] = rows.filter((r) => key(r[primary as keyof SalesRow]) === x && (!secondary || key(r[secondary as keyof SalesRow]) === s)).reduce((sum, r) => sum + value(r), 0);
    }
    return point;
  });
  const click = (state: unknown) => {
    const x = (state as { activeLabel?: string } | null)?.activeLabel;
    const point = data.find((d) => d.label === x);
    const row = point && rows.find((r) => key(r[primary as keyof SalesRow]) === point.x);
    if (row) onOpen({ ...row, ...(secondary ? { [secondary]: undefined } : {}) } as SalesRow);
  };
  const common = { data, margin: { left: 12, right: 12, top: 8 }, onClick: click };
  const axes = [
    <CartesianGrid key="grid" strokeDasharray="3 3" vertical={false} />,
    <XAxis key="x" dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />,
    <YAxis key="y" tick={{ fontSize: 11 }} width={72} tickFormatter={(v) => compact.format(Number(v))} />,
    <Tooltip key="tip" formatter={(v) => format(Number(v))} />,
    ...(secondary ? [<Legend key="legend" />] : []),
  ];
  return (
    <Box sx={{ height: 320 }} data-testid="report-chart">
      <ResponsiveContainer>
        {kind === 'bar' ? (
          <BarChart {...common}>
            {axes}
            {series.map((s, i) => <Bar key={s} dataKey={s} name={seriesName(s)} stackId={secondary ? 'a' : undefined} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />)}
          </BarChart>
        ) : kind === 'area' ? (
          <AreaChart {...common}>
            {axes}
            {series.map((s, i) => <Area key={s} dataKey={s} name={seriesName(s)} stackId="a" stroke={COLORS[i % COLORS.length]} fill={COLORS[i % COLORS.length]} fillOpacity={0.5} isAnimationActive={false} />)}
          </AreaChart>
        ) : (
          <LineChart {...common}>
            {axes}
            {series.map((s, i) => <Line key={s} dataKey={s} name={seriesName(s)} stroke={COLORS[i % COLORS.length]} strokeWidth={2} dot={false} isAnimationActive={false} />)}
          </LineChart>
        )}
      </ResponsiveContainer>
    </Box>
  );
};
