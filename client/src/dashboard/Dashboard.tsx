import { Alert, Box, Card, CardActionArea, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useGetMany, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatCny } from '../../../shared/money';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { useIntlLocale } from '../common/useIntlLocale';
import { PlanAttainmentPanel } from '../plans/PlanAttainmentPanel';
import { fetchSales, type SalesQuery, type SalesRow } from '../sales/api';
import { addDays, monthStart, sameDayLastMonth, todayIn } from '../sales/calendar';
import { reportPath } from '../salesReport/reportPath';
import { Panel } from './Panel';
import { PromotionsCard } from './PromotionsCard';
import { OpenViolationsCard } from './OpenViolationsCard';
import { ShareBar, Sparkline } from './Sparkline';

const total = (rows: SalesRow[] | undefined) => (rows ?? []).reduce((sum, r) => sum + r.amount, 0);
const ordersOf = (rows: SalesRow[] | undefined) => (rows ?? []).reduce((sum, r) => sum + r.orders, 0);

function useSales(key: string, query: SalesQuery) {
  return useQuery({ queryKey: ['dashboard', key, query], queryFn: () => fetchSales(query), staleTime: 60_000 });
}

/** A figure with its change against the same span last month. */
const RevenueCard = ({ title, current, previous, orders, to }: { title: string; current?: number; previous?: number; orders?: number; to: string }) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const change = current !== undefined && previous ? ((current - previous) / previous) * 100 : null;
  const pct = change === null ? null : `${change >= 0 ? '+' : ''}${change.toFixed(1)}%`;
  return (
    <Card sx={{ flex: 1, minWidth: 240 }}>
      <CardActionArea component={Link} to={to} sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="subtitle2" color="text.secondary">{title}</Typography>
          {current === undefined ? <Skeleton width={160} height={44} /> : (
            <Typography variant="h4" sx={{ fontWeight: 600, my: 0.5 }} data-testid={`dashboard-${title}`}>{formatCny(current, locale)}</Typography>
          )}
          <Typography variant="body2" color={change === null ? 'text.secondary' : change >= 0 ? 'success.main' : 'error.main'}>
            {pct === null ? translate('rx.dashboard.no_comparison') : translate('rx.dashboard.vs_last_month', { pct })}
          </Typography>
          {orders !== undefined && <Typography variant="caption" color="text.secondary">{translate('rx.dashboard.orders', { smart_count: orders })}</Typography>}
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/**
 * The landing page: today's and this month's revenue (sell-in) against the same span last month,
 * the 30-day trend, the online/offline mix, running and upcoming promotions, the top 10 SKUs and
 * plan attainment; every card opens the page behind it. Days are the company's.
 */
export default function Dashboard() {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const timeZone = useCompanyTimeZone();
  const today = todayIn(timeZone);
  const lastMonthDay = sameDayLastMonth(today);
  const month = monthStart(today);
  const trendFrom = addDays(today, -29);
  const range = (gte: string, lte: string) => ({ date_gte: gte, date_lte: lte });

  const todayNow = useSales('today', { group_by: [], filter: range(today, today) });
  const todayBefore = useSales('today-before', { group_by: [], filter: range(lastMonthDay, lastMonthDay) });
  const monthNow = useSales('month', { group_by: [], filter: range(month, today) });
  const monthBefore = useSales('month-before', { group_by: [], filter: range(monthStart(lastMonthDay), lastMonthDay) });
  const trend = useSales('trend', { group_by: ['day'], filter: range(trendFrom, today) });
  const mix = useSales('mix', { group_by: ['channel_type'], filter: range(month, today) });
  const top = useSales('top', { group_by: ['sku_id'], filter: range(month, today), limit: 10 });
  const topRows = (top.data ?? []).slice(0, 10);
  const { data: skus = [] } = useGetMany('skus', { ids: topRows.map((r) => r.sku_id!) }, { enabled: topRows.length > 0 });
  const money = (yuan: number) => formatCny(yuan, locale);
  const days = new Map((trend.data ?? []).map((r) => [r.day!, r.amount]));
  const trendPoints = Array.from({ length: 30 }, (_, i) => addDays(trendFrom, i)).map((day) => ({ day, amount: days.get(day) ?? 0 }));
  const mixParts = (['online', 'offline'] as const).map((type, i) => ({
    name: translate(`rx.dashboard.${type}`), value: (mix.data ?? []).find((r) => r.channel_type === type)?.amount ?? 0, color: ['#00695c', '#8d6e63'][i],
  }));
  const nothingYet = monthNow.data && trend.data && !trend.data.length && !total(monthNow.data);

  return (
    <Box sx={{ p: 2 }} data-testid="dashboard">
      <Title title={translate('rx.dashboard.title')} />
      {nothingYet && <Alert severity="info" sx={{ mb: 2 }}>{translate('rx.dashboard.empty')}</Alert>}
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
        <RevenueCard
          title={translate('rx.dashboard.today')} current={todayNow.data && total(todayNow.data)} previous={total(todayBefore.data)}
          orders={todayNow.data && ordersOf(todayNow.data)} to={reportPath({ group_by: ['channel_id'], filter: range(today, today) })}
        />
        <RevenueCard
          title={translate('rx.dashboard.month')} current={monthNow.data && total(monthNow.data)} previous={total(monthBefore.data)}
          orders={monthNow.data && ordersOf(monthNow.data)} to={reportPath({ group_by: ['day'], filter: range(month, today), compare: 'previous_period' })}
        />
        <Panel title={translate('rx.dashboard.mix')} to={reportPath({ group_by: ['channel_type'], filter: range(month, today) })} testId="dashboard-mix">
          <ShareBar parts={mixParts} format={money} />
        </Panel>
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
        <Panel title={translate('rx.dashboard.trend')} to={reportPath({ group_by: ['day'], filter: range(trendFrom, today) })} testId="dashboard-trend">
          {trend.data ? <Sparkline points={trendPoints} format={money} /> : <Skeleton variant="rectangular" height={180} />}
        </Panel>
      </Stack>
      <PromotionsCard />
      <OpenViolationsCard />
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
        <Panel title={translate('rx.dashboard.top_skus')} to={reportPath({ group_by: ['sku_id'], filter: range(month, today) })} testId="dashboard-top-skus">
          <Stack spacing={0.5}>
            {topRows.map((r, i) => {
              const sku = skus.find((s) => s.id === r.sku_id);
              return (
                <Stack key={r.sku_id} direction="row" spacing={1} alignItems="baseline">
                  <Typography variant="body2" color="text.secondary" sx={{ width: 20 }}>{i + 1}</Typography>
                  <Typography variant="body2" noWrap sx={{ flex: 1 }}>{sku ? `${sku.code} · ${sku.name}` : `#${r.sku_id}`}</Typography>
                  <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>{money(r.amount)}</Typography>
                </Stack>
              );
            })}
          </Stack>
        </Panel>
        <Panel title={translate('rx.dashboard.plan')} to="/sales-plans" testId="dashboard-plan">
          <PlanAttainmentPanel month={today.slice(0, 7)} limit={5} />
        </Panel>
      </Stack>
    </Box>
  );
}
