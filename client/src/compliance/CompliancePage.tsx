import { Alert, Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { fetchSummary, SUMMARY_WEEKS } from './api';
import { ChannelTable } from './ChannelTable';
import { KindChart } from './KindChart';
import { ReevaluateButton } from './ReevaluateButton';
import { SummaryCards } from './SummaryCards';
import { TopSellers, TopSkus } from './TopLists';
import { TrendChart } from './TrendChart';

/**
 * The managers' compliance overview (`/compliance`): open violations by kind, this week's movement,
 * the compliance rate of observed prices and its weekly trend per channel, the worst SKUs and stores,
 * and the stores to review. Every figure, bar and row opens the violations behind it.
 */
export default function CompliancePage() {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.compliance.${key}`, options);
  const { data: summary, error } = useQuery({ queryKey: ['compliance-summary', SUMMARY_WEEKS], queryFn: () => fetchSummary(), staleTime: 30_000 });
  const nothing = summary && !summary.open_total && !summary.observations && !summary.unreviewed_sellers && !summary.resolved_this_week;
  return (
    <Box sx={{ p: 2, maxWidth: 1600 }} data-testid="compliance-page">
      <Title title={t('title')} />
      <Stack direction="row" alignItems="center" spacing={2} sx={{ mb: 2 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="h5">{t('title')}</Typography>
          <Typography variant="body2" color="text.secondary">{t('subtitle', { weeks: SUMMARY_WEEKS })} · {t('click_hint')}</Typography>
        </Box>
        <ReevaluateButton />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('load_error', { message: (error as Error).message })}</Alert>}
      {nothing && <Alert severity="info" sx={{ mb: 2 }} data-testid="compliance-empty">{t('empty')}</Alert>}
      {!error && (
        <>
          <SummaryCards summary={summary} />
          <Box sx={{ mb: 2 }}>
            <TrendChart summary={summary} />
          </Box>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' }, gap: 2 }}>
            <KindChart summary={summary} />
            <ChannelTable summary={summary} />
            <TopSkus summary={summary} />
            <TopSellers summary={summary} />
          </Box>
        </>
      )}
    </Box>
  );
}
