import { Box, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { VIOLATION_KINDS } from '../../../shared/compliance';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { useIntlLocale } from '../common/useIntlLocale';
import { todayIn } from '../sales/calendar';
import { kindDotColor } from '../violations/choices';
import { drill, mondayOf } from './drill';
import { FigureCard } from './FigureCard';
import { formatRate } from './series';
import type { ComplianceSummary } from './types';


/** The open total, and a line per kind that opens its violations. */
const OpenByKindCard = ({ summary }: { summary?: ComplianceSummary }) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const count = (n: number) => n.toLocaleString(locale);
  return (
    <Card sx={{ height: '100%' }} data-testid="compliance-open">
      <CardContent sx={{ '&:last-child': { pb: 1.5 } }}>
        <Typography component={Link} to={drill.open()} variant="body2" color="text.secondary" sx={{ textDecoration: 'none', '&:hover': { textDecoration: 'underline' } }}>
          {translate('rx.compliance.cards.open_total')}
        </Typography>
        {summary ? (
          <Typography component={Link} to={drill.open()} variant="h4" data-testid="compliance-open-value"
            sx={{ display: 'block', fontWeight: 600, my: 0.5, color: summary.open_total ? 'error.main' : 'success.main', textDecoration: 'none', fontVariantNumeric: 'tabular-nums' }}>
            {count(summary.open_total)}
          </Typography>
        ) : <Skeleton width="40%" height={48} />}
        <Stack spacing={0.25}>
          {VIOLATION_KINDS.map((kind) => (
            <Box key={kind} component={Link} to={drill.kind(kind)} data-testid={`compliance-open-${kind}`}
              sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 0.75, mx: -0.75, py: 0.25, borderRadius: 1, color: 'inherit', textDecoration: 'none', '&:hover': { bgcolor: 'action.hover' } }}>
              <Box sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: kindDotColor(kind), flexShrink: 0 }} />
              <Typography variant="body2" noWrap sx={{ flex: 1, minWidth: 0 }}>{translate(`resources.violations.choices.kind.${kind}`)}</Typography>
              <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                {summary ? count(summary.open_by_kind[kind] ?? 0) : '…'}
              </Typography>
            </Box>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** The page's headline figures, each leading to the violations (or sellers) behind it. */
export const SummaryCards = ({ summary }: { summary?: ComplianceSummary }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.compliance.cards.${key}`, options);
  const locale = useIntlLocale();
  const timeZone = useCompanyTimeZone();
  const weekStart = summary?.week_start ?? mondayOf(todayIn(timeZone));
  const count = (n: number | undefined) => (n === undefined ? undefined : n.toLocaleString(locale));
  const rate = summary?.compliance_rate;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(280px, 1fr) 2fr' }, gap: 2, mb: 2 }}>
      <OpenByKindCard summary={summary} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(3, minmax(0, 1fr))' }, gap: 2 }}>
        <FigureCard label={t('new_this_week')} value={count(summary?.new_this_week)} hint={t('new_hint')} to={drill.newThisWeek(weekStart)} testId="compliance-new" />
        <FigureCard label={t('resolved_this_week')} value={count(summary?.resolved_this_week)} hint={t('resolved_hint')} to={drill.resolvedThisWeek(weekStart)}
          color={summary?.resolved_this_week ? 'success.main' : undefined} testId="compliance-resolved" />
        <FigureCard
          label={t('rate')}
          value={summary && formatRate(rate, locale)}
          hint={summary && (rate === null ? t('rate_none') : t('rate_hint', { smart_count: summary.observations }))}
          color={rate === null || rate === undefined ? undefined : rate >= 95 ? 'success.main' : rate >= 80 ? 'warning.main' : 'error.main'}
          to={drill.open()}
          testId="compliance-rate"
        />
        <FigureCard label={t('observations')} value={count(summary?.observations)} hint={t('observations_hint')} to="/price-observations" testId="compliance-observations" />
        <FigureCard label={t('unauthorized')} value={count(summary?.unauthorized_sellers)} hint={t('unauthorized_hint')} to={drill.unauthorized()}
          color={summary?.unauthorized_sellers ? 'error.main' : undefined} testId="compliance-unauthorized" />
        <FigureCard label={t('unreviewed')} value={count(summary?.unreviewed_sellers)} hint={t('unreviewed_hint')} to={drill.unreviewed()}
          color={summary?.unreviewed_sellers ? 'warning.main' : undefined} testId="compliance-unreviewed" />
      </Box>
    </Box>
  );
};
