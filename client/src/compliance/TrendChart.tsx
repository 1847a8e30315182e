import { Box, Paper, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { useIntlLocale } from '../common/useIntlLocale';
import { formatDayLong, formatDayShort } from '../promotionResults/format';
import { ChartCard } from './ChartCard';
import { drill } from './drill';
import { formatRate, trendSeries, type TrendLine, type TrendRow } from './series';
import type { ComplianceSummary } from './types';

const HEIGHT = 280;

/**
 * Each channel's weekly compliance rate, a line per channel; the legend shows the period's rate and opens
 * the channel's violations. The current week is labelled as such: on a Monday it holds a few sightings only.
 */
export const TrendChart = ({ summary }: { summary?: ComplianceSummary }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.compliance.trend.${key}`, options);
  const locale = useIntlLocale();
  const navigate = useNavigate();
  const { rows, lines } = summary ? trendSeries(summary) : { rows: [], lines: [] as TrendLine[] };
  const rateOf = new Map(summary?.channels.map((c) => [c.channel_id, c.rate]) ?? []);
  const observationsOf = new Map(summary?.trend.map((r) => [`${r.week}:${r.channel_id}`, r.observations]) ?? []);

  const tooltip = ({ active, payload, label }: TooltipContentProps) => {
    if (!active || !payload?.length) return null;
    const row = payload[0].payload as TrendRow;
    return (
      <Paper elevation={3} sx={{ px: 1.5, py: 1 }}>
        <Typography variant="caption" color="text.secondary" component="div">
          {t(label === summary?.week_start ? 'week_to_date' : 'week_of', { day: formatDayLong(String(label), locale) })}
        </Typography>
        {lines.filter((l) => row[l.key] !== null).map((l) => (
          <Typography key={l.key} variant="body2" sx={{ color: l.color }}>
            {l.name}: <b>{formatRate(row[l.key] as number, locale)}</b>{' '}
            <Typography component="span" variant="caption" color="text.secondary">
              ({t('observations', { smart_count: observationsOf.get(`${row.week}:${l.channelId}`) ?? 0 })})
            </Typography>
          </Typography>
        ))}
      </Paper>
    );
  };

  return (
    <ChartCard title={t('title')} subtitle={t('subtitle')} loading={!summary} empty={summary && !lines.length && t('empty')} height={HEIGHT} testId="compliance-trend">
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) 250px' }, gap: 2 }}>
        <Box sx={{ height: HEIGHT, minWidth: 0 }}>
          <ResponsiveContainer>
            <LineChart data={rows} margin={{ left: 0, right: 16, top: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="week" tick={{ fontSize: 11 }} tickFormatter={(d) => (d === summary?.week_start ? t('to_date') : formatDayShort(String(d), locale))} minTickGap={16} />
              <YAxis tick={{ fontSize: 11 }} width={44} domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v) => `${v}%`} />
              <Tooltip content={tooltip} />
              {lines.map((l) => (
                <Line key={l.key} dataKey={l.key} name={l.name} stroke={l.color} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </Box>
        <Stack spacing={0.25} sx={{ minWidth: 0 }} data-testid="compliance-trend-legend">
          {lines.map((l) => (
            <Box key={l.key} component="button" type="button" onClick={() => navigate(drill.channel(l.channelId))}
              sx={{ all: 'unset', cursor: 'pointer', display: 'flex', alignItems: 'center', gap: 1, px: 0.75, py: 0.5, borderRadius: 1, '&:hover, &:focus-visible': { bgcolor: 'action.hover' } }}>
              <Box sx={{ width: 14, height: 3, bgcolor: l.color, borderRadius: 1, flexShrink: 0 }} />
              <Typography variant="body2" noWrap sx={{ flex: 1, minWidth: 0 }} title={l.name}>{l.name}</Typography>
              <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{formatRate(rateOf.get(l.channelId), locale)}</Typography>
            </Box>
          ))}
        </Stack>
      </Box>
    </ChartCard>
  );
};
