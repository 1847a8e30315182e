import { Alert, Box, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { VIOLATION_KINDS } from '../../../shared/compliance';
import { fetchSummary, SUMMARY_WEEKS } from '../compliance/api';
import { COMPLIANCE_PATH, drill } from '../compliance/drill';
import { kindDotColor } from '../violations/choices';
import { useIntlLocale } from '../common/useIntlLocale';
import { Panel } from './Panel';

const Body = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.dashboard.violations.${key}`, options);
  const locale = useIntlLocale();
  const { data, error } = useQuery({ queryKey: ['compliance-summary', SUMMARY_WEEKS], queryFn: () => fetchSummary(), staleTime: 60_000 });
  const kinds = VIOLATION_KINDS.filter((k) => (data?.open_by_kind[k] ?? 0) > 0);
  return (
    <Box sx={{ mb: 2, display: 'flex' }}>
    <Panel title={t('title')} to={COMPLIANCE_PATH} linkText={t('open_page')} testId="dashboard-violations">
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {!data && !error && <Skeleton variant="rectangular" height={96} />}
      {data && (
        <Box sx={{ display: 'flex', gap: 3, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <Typography component={Link} to={drill.open()} variant="h4" data-testid="dashboard-violations-total"
            sx={{ fontWeight: 600, color: data.open_total ? 'error.main' : 'success.main', textDecoration: 'none', fontVariantNumeric: 'tabular-nums' }}>
            {data.open_total.toLocaleString(locale)}
          </Typography>
          {data.open_total === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ pt: 1.25 }}>{t('none')}</Typography>
          ) : (
            <Stack spacing={0.25} sx={{ flex: 1, minWidth: 220, maxWidth: 420 }}>
              {kinds.map((kind) => (
                <Box key={kind} component={Link} to={drill.kind(kind)}
                  sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 0.75, mx: -0.75, py: 0.25, borderRadius: 1, color: 'inherit', textDecoration: 'none', '&:hover': { bgcolor: 'action.hover' } }}>
                  <Box sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: kindDotColor(kind), flexShrink: 0 }} />
                  <Typography variant="body2" noWrap sx={{ flex: 1, minWidth: 0 }}>{translate(`resources.violations.choices.kind.${kind}`)}</Typography>
                  <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{data.open_by_kind[kind]!.toLocaleString(locale)}</Typography>
                </Box>
              ))}
            </Stack>
          )}
        </Box>
      )}
    </Panel>
    </Box>
  );
};

/** Open price-compliance violations, in total and by kind; the header opens the compliance page. Not shown to a role that may not list violations. */
export const OpenViolationsCard = () => {
  const { canAccess, isPending } = useCanAccess({ resource: 'violations', action: 'list' });
  return !isPending && canAccess ? <Body /> : null;
};
