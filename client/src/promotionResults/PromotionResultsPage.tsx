import { Alert, Box } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { useIntlLocale } from '../common/useIntlLocale';
import { fetchPromotionResults } from './api';
import { formatInstant } from './format';
import { KpiCards } from './KpiCards';
import { LiftChart } from './LiftChart';
import { ResultsHeader } from './ResultsHeader';
import { SkuResultsTable } from './SkuResultsTable';
import type { PromotionSummary } from './types';

/**
 * What a promotion did (`/promotions/:id/results`): units, revenue, orders, buyers, the discount
 * against the budget, the lift of daily sales against the 28 days before, each SKU's sell-through
 * and, for group buys, how the groups went. Every role may read it.
 */
export default function PromotionResultsPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.promotionResults.${key}`, options);
  const locale = useIntlLocale();
  const timeZone = useCompanyTimeZone();
  const { data: promotion, error: promotionError } = useGetOne<PromotionSummary>('promotions', { id: Number(id) }, { enabled: Number(id) > 0 });
  const results = useQuery({
    queryKey: ['promotion-results', id],
    queryFn: () => fetchPromotionResults(id),
    // A running campaign keeps selling: refresh its figures every minute.
    refetchInterval: (query) => (query.state.data?.state === 'running' ? 60_000 : false),
  });
  const data = results.data;
  const error = (results.error ?? promotionError) as Error | null;
  const empty = data && promotion && data.units === 0 && data.held_units === 0;

  return (
    <Box sx={{ p: 2, maxWidth: 1400 }} data-testid="promotion-results">
      <Title title={promotion ? `${t('title')} · ${promotion.name}` : t('title')} />
      <ResultsHeader id={id} promotion={promotion} />
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('load_error', { message: error.message })}</Alert>}
      {empty && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="results-empty">
          {t(`empty.${data.state}`, { start: formatInstant(promotion.start_at, locale, timeZone) })}
        </Alert>
      )}
      {!error && (
        <>
          <KpiCards results={data} groupBuy={promotion?.type === 'group_buy'} />
          <LiftChart lift={data?.lift} />
          <SkuResultsTable items={data?.items} />
        </>
      )}
    </Box>
  );
}
