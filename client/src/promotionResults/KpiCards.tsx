import { Box, LinearProgress } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatCny } from '../../../shared/money';
import { useIntlLocale } from '../common/useIntlLocale';
import { barValue, formatCount, formatPct, liftTone, usageTone } from './format';
import { GroupsCard } from './GroupsCard';
import { KpiCard } from './KpiCard';
import type { PromotionResults } from './types';

/**
 * The headline figures: units, revenue, orders and distinct buyers; then the discount given against
 * the budget, the lift of daily sales, and for group buys how the groups went.
 */
export const KpiCards = ({ results, groupBuy }: { results?: PromotionResults; groupBuy: boolean }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.promotionResults.${key}`, options);
  const locale = useIntlLocale();
  const money = (v: number | null | undefined) => formatCny(v ?? 0, locale);
  const r = results;
  const lift = r?.lift;
  const liftHint = !lift ? undefined
    : lift.during_daily_amount === null ? t('lift_not_started')
      : !lift.before_daily_amount ? t('lift_no_before', { days: lift.baseline_days })
        : t('lift_detail', { during: money(lift.during_daily_amount), before: money(lift.before_daily_amount), days: lift.baseline_days });
  return (
    <>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' }, gap: 2, mb: 2 }}>
        <KpiCard testId="kpi-units" label={t('kpi.units')} value={r && formatCount(r.units, locale)}
          hint={r && (r.held_units > 0 ? t('held', { units: formatCount(r.held_units, locale) }) : t('counted'))} />
        <KpiCard testId="kpi-revenue" label={t('kpi.revenue')} value={r && money(r.revenue)}
          hint={r && (r.orders > 0 ? t('per_order', { amount: money(r.revenue / r.orders) }) : ' ')} />
        <KpiCard testId="kpi-orders" label={t('kpi.orders')} value={r && formatCount(r.orders, locale)}
          hint={r && (r.orders > 0 ? t('units_per_order', { smart_count: Math.round((r.units / r.orders) * 10) / 10 }) : ' ')} />
        <KpiCard testId="kpi-buyers" label={t('kpi.buyers')} value={r && formatCount(r.buyers, locale)}
          hint={r && (r.buyers > 0 ? t('per_buyer', { smart_count: Math.round((r.orders / r.buyers) * 10) / 10 }) : ' ')} />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: `repeat(${groupBuy ? 3 : 2}, minmax(0, 1fr))` }, gap: 2, mb: 2 }}>
        <KpiCard testId="kpi-discount" label={t('kpi.discount')} value={r && money(r.discount_given)}
          hint={r && (r.budget === null ? t('no_budget') : t('budget_of', { pct: formatPct(r.budget_used_pct, locale), budget: money(r.budget) }))}>
          {r && r.budget !== null && (
            <LinearProgress variant="determinate" value={barValue(r.budget_used_pct)} color={usageTone(r.budget_used_pct)}
              sx={{ height: 8, borderRadius: 4, my: 1 }} aria-label={t('kpi.discount')} data-testid="budget-bar" />
          )}
        </KpiCard>
        <KpiCard testId="kpi-lift" label={t('kpi.lift')} value={lift && formatPct(lift.lift_pct, locale, { signed: true })}
          color={lift ? liftTone(lift.lift_pct) : undefined} hint={liftHint} />
        {groupBuy && <GroupsCard groups={r?.groups} />}
      </Box>
    </>
  );
};
