import { Box, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { formatCny } from '../../../shared/money';
import { useIntlLocale } from '../common/useIntlLocale';
import { fetchJson } from '../sales/api';

export interface PlanRow {
  id: number; month: string; channel_id: number | null; user_id: number | null; channel_name: string | null; user_name: string | null;
  target_amount: number; actual_amount: number; attainment_pct: number | null; forecast_amount: number; mine: boolean;
}

/** Each plan of a month: actual against target as a bar, the forecast beside it; the reader's own first. */
export const PlanAttainmentPanel = ({ month, limit }: { month: string; limit?: number }) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const { data = [] } = useQuery({
    queryKey: ['plan-attainment', month],
    queryFn: () => fetchJson<PlanRow[]>(`/api/reports/plan-attainment?month=${month}`),
  });
  const rows = limit ? data.slice(0, limit) : data;
  const nameOf = (r: PlanRow) => [r.channel_name, r.user_name].filter(Boolean).join(' · ') || translate('rx.sales.whole_company');
  const money = (yuan: number) => formatCny(yuan, locale);
  if (!rows.length) return <Typography variant="body2" color="text.secondary">{translate('rx.plans.none')}</Typography>;
  return (
    <Stack spacing={1.5} data-testid="plan-attainment">
      {rows.map((r) => (
        <Box key={r.id}>
          <Stack direction="row" justifyContent="space-between" alignItems="center" spacing={1}>
            <Typography variant="body2" noWrap sx={{ fontWeight: 500 }}>
              {nameOf(r)} {r.mine && <Chip size="small" label={translate('rx.plans.mine')} sx={{ ml: 0.5, height: 18 }} />}
            </Typography>
            <Typography variant="body2" color={(r.attainment_pct ?? 0) >= 100 ? 'success.main' : 'text.primary'}>
              {r.attainment_pct === null ? '—' : `${r.attainment_pct}%`}
            </Typography>
          </Stack>
          <LinearProgress variant="determinate" value={Math.min(100, r.attainment_pct ?? 0)} sx={{ height: 6, borderRadius: 3, my: 0.5 }} />
          <Typography variant="caption" color="text.secondary">
            {translate('rx.plans.actual')} {money(r.actual_amount)} / {money(r.target_amount)} · {translate('rx.plans.forecast')} {money(r.forecast_amount)}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
};

/** The list's side panel: this month's attainment. */
export const PlanAside = () => {
  const translate = useTranslate();
  const month = new Date().toISOString().slice(0, 7);
  return (
    <Card sx={{ width: 320, ml: 2, flexShrink: 0, alignSelf: 'flex-start' }}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>{translate('rx.plans.attainment', { month })}</Typography>
        <PlanAttainmentPanel month={month} />
      </CardContent>
    </Card>
  );
};
