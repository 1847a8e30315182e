import { Box, Card, CardContent, Skeleton, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useIntlLocale } from '../common/useIntlLocale';
import { formatCount, formatPct } from './format';
import type { PromotionResults } from './types';

const PARTS = [
  { key: 'succeeded', color: 'success.main' },
  { key: 'failed', color: 'error.light' },
  { key: 'open', color: 'grey.400' },
] as const;

/** Group buys only: the success rate, and how many groups succeeded, failed or are still filling. */
export const GroupsCard = ({ groups }: { groups?: PromotionResults['groups'] }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.promotionResults.groups.${key}`, options);
  const locale = useIntlLocale();
  return (
    <Card sx={{ height: '100%' }} data-testid="results-groups">
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Typography variant="body2" color="text.secondary" noWrap>{t('title')}</Typography>
        {!groups ? <Skeleton width="60%" height={40} /> : (
          <>
            <Typography variant="h5" sx={{ fontWeight: 600, my: 0.5 }}>
              <span data-testid="groups-rate">{formatPct(groups.success_rate_pct, locale)}</span>
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>{t('success_rate')}</Typography>
            </Typography>
            <Box sx={{ display: 'flex', height: 8, borderRadius: 4, overflow: 'hidden', bgcolor: 'grey.200', my: 1 }}>
              {PARTS.map(({ key, color }) => groups[key] > 0 && (
                <Tooltip key={key} title={`${t(key)} ${groups[key]}`}>
                  <Box sx={{ flex: groups[key], bgcolor: color }} />
                </Tooltip>
              ))}
            </Box>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 1, mb: 0.5 }}>
              {PARTS.map(({ key, color }) => (
                <Box key={key} data-testid={`groups-${key}`}>
                  <Typography variant="body1" sx={{ fontWeight: 600, lineHeight: 1.3 }}>{formatCount(groups[key], locale)}</Typography>
                  <Typography variant="caption" color="text.secondary" noWrap component="div">
                    <Box component="span" sx={{ display: 'inline-block', width: 8, height: 8, borderRadius: '50%', bgcolor: color, mr: 0.5 }} />
                    {t(key)}
                  </Typography>
                </Box>
              ))}
            </Box>
            <Typography variant="caption" color="text.secondary" component="div">
              {groups.opened === 0 ? t('none') : `${t('opened_hint', { smart_count: groups.opened })} · ${t('rate_hint')}`}
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
};
