import { Box, Card, CardContent, CardHeader, Paper, Skeleton, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { formatCny } from '../../../shared/money';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { useIntlLocale } from '../common/useIntlLocale';
import { todayIn } from '../sales/calendar';
import { formatCount, formatDayLong, formatDayShort } from './format';
import { averageLines, chartRows, duringSpan, hasSales, type ChartRow } from './series';
import type { PromotionResults } from './types';

export const COLORS = { before: '#b0bec5', during: '#00695c', beforeLine: '#546e7a', duringLine: '#ef6c00', shade: 'rgba(0, 105, 92, 0.07)' };
const HEIGHT = 300;

const Swatch = ({ color, dashed }: { color: string; dashed?: boolean }) => (
  <Box component="span" sx={dashed
    ? { display: 'inline-block', width: 18, borderTop: `2px dashed ${color}`, verticalAlign: 'middle', mr: 0.75 }
    : { display: 'inline-block', width: 12, height: 12, borderRadius: 0.5, bgcolor: color, verticalAlign: 'middle', mr: 0.75 }} />
);

/**
 * Daily sales of the promotion's SKUs on its channels: the 28 days before as muted bars, the
 * promotion's days shaded and in the brand colour, and dashed lines at both daily averages.
 */
export const LiftChart = ({ lift }: { lift?: PromotionResults['lift'] }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.promotionResults.chart.${key}`, options);
  const locale = useIntlLocale();
  const money = (v: number) => formatCny(v, locale);
  const today = todayIn(useCompanyTimeZone());
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const days = lift?.baseline_days ?? 28;
  const rows = lift ? chartRows(lift.series) : [];
  const span = lift ? duringSpan(lift.series) : null;
  const lines = lift ? averageLines(lift.before_daily_amount, lift.during_daily_amount) : [];

  const tooltip = ({ active, payload }: TooltipContentProps) => {
    const row = active ? (payload?.[0]?.payload as ChartRow | undefined) : undefined;
    if (!row) return null;
    return (
      <Paper elevation={3} sx={{ px: 1.5, py: 1 }}>
        <Typography variant="caption" color="text.secondary" component="div">
          {formatDayLong(row.day, locale)}{row.day === today ? ` (${t('today')})` : ''} · {row.during !== null ? t('during') : t('before', { days })}
        </Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>{t('amount')} {money(row.before ?? row.during ?? 0)}</Typography>
        <Typography variant="body2">{t('units')} {formatCount(row.qty, locale)}</Typography>
      </Paper>
    );
  };

  let body;
  if (!lift) body = <Skeleton variant="rounded" height={HEIGHT} />;
  else if (!span) body = <Empty text={t('empty')} />;
  else if (!hasSales(lift.series)) body = <Empty text={t('no_sales')} />;
  else {
    body = (
      <Box sx={{ height: HEIGHT }}>
        <ResponsiveContainer>
          <BarChart data={rows} margin={{ left: 8, right: 16, top: 24 }} barCategoryGap="15%">
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <ReferenceArea x1={span.from} x2={span.to} fill={COLORS.shade} ifOverflow="extendDomain" />
            <XAxis dataKey="day" tick={{ fontSize: 11 }} tickFormatter={(d) => formatDayShort(String(d), locale)} interval="preserveStartEnd" minTickGap={16} />
            <YAxis tick={{ fontSize: 11 }} width={64} tickFormatter={(v) => compact.format(Number(v))} />
            <Tooltip content={tooltip} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
            <Bar dataKey="before" stackId="day" fill={COLORS.before} isAnimationActive={false} />
            <Bar dataKey="during" stackId="day" fill={COLORS.during} isAnimationActive={false} />
            {lines.map((l) => (
              <ReferenceLine key={l.period} y={l.amount} strokeDasharray="6 4" strokeWidth={1.5}
                stroke={l.period === 'before' ? COLORS.beforeLine : COLORS.duringLine}
                label={{
                  value: t(`avg_${l.period}`, { amount: money(l.amount) }), fontSize: 11, fontWeight: 600,
                  // Above the line, before on the left and during on the right, with a white halo over the bars.
                  position: l.period === 'before' ? 'insideBottomLeft' : 'insideBottomRight',
                  fill: l.period === 'before' ? COLORS.beforeLine : COLORS.duringLine, stroke: '#fff', strokeWidth: 3, paintOrder: 'stroke',
                }} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </Box>
    );
  }

  return (
    <Card sx={{ mb: 2 }} data-testid="results-chart">
      <CardHeader title={t('title')} subheader={t('subtitle', { days })}
        titleTypographyProps={{ variant: 'subtitle1', fontWeight: 600 }} subheaderTypographyProps={{ variant: 'caption' }} sx={{ pb: 0 }}
        action={(
          <Stack direction="row" spacing={2} sx={{ mt: 1, mr: 1 }} useFlexGap flexWrap="wrap">
            <Typography variant="caption"><Swatch color={COLORS.before} />{t('before', { days })}</Typography>
            <Typography variant="caption"><Swatch color={COLORS.during} />{t('during')}</Typography>
            <Typography variant="caption"><Swatch color={COLORS.beforeLine} dashed /><Swatch color={COLORS.duringLine} dashed />{t('average')}</Typography>
          </Stack>
        )} />
      <CardContent>{body}</CardContent>
    </Card>
  );
};

const Empty = ({ text }: { text: string }) => (
  <Box sx={{ height: 160, display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.50', borderRadius: 1, border: '1px dashed', borderColor: 'divider' }}
    data-testid="results-chart-empty">
    <Typography variant="body2" color="text.secondary">{text}</Typography>
  </Box>
);
