import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Box, Button, Chip, Skeleton, Stack, Typography } from '@mui/material';
import { RecordContextProvider, ResourceContextProvider, useGetMany, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { CompanyDateField } from '../common/CompanyDateField';
import { EnumField } from '../common/EnumField';
import { stateColors } from '../promotions/choices';
import { PromotionTypeChip } from '../promotions/PromotionTypeField';
import type { PromotionSummary } from './types';

/** The promotion the results are of: name, type, state, period (company time), channels, and the way back. */
export const ResultsHeader = ({ id, promotion }: { id: string; promotion?: PromotionSummary }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`rx.promotionResults.${key}`);
  const channelIds = promotion?.channel_ids ?? [];
  const { data: channels = [] } = useGetMany('channels', { ids: channelIds }, { enabled: channelIds.length > 0 });
  const channelNames = channelIds.map((c) => channels.find((ch) => ch.id === c)?.name ?? `#${c}`);
  return (
    <Box sx={{ mb: 2 }} data-testid="results-header">
      <Button component={Link} to={`/promotions/${encodeURIComponent(id)}/show`} size="small" startIcon={<ArrowBackIcon />} sx={{ mb: 1, ml: -0.5 }} data-testid="results-back">
        {t('back')}
      </Button>
      {!promotion ? <Skeleton width={360} height={40} /> : (
        <ResourceContextProvider value="promotions">
          <RecordContextProvider value={promotion}>
            <Stack direction="row" spacing={1.5} alignItems="center" useFlexGap flexWrap="wrap">
              <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }} data-testid="results-name">{promotion.name}</Typography>
              <PromotionTypeChip type={promotion.type} />
              <EnumField source="state" colors={stateColors} />
            </Stack>
            <Stack direction="row" spacing={3} useFlexGap flexWrap="wrap" sx={{ mt: 0.75, color: 'text.secondary' }}>
              <Typography variant="body2" component="div" data-testid="results-period">
                <Box component="span" sx={{ mr: 1 }}>{t('period')}</Box>
                <CompanyDateField source="start_at" showTime sx={{ color: 'text.primary' }} />
                <Box component="span" sx={{ mx: 0.75 }}>–</Box>
                <CompanyDateField source="end_at" showTime sx={{ color: 'text.primary' }} />
              </Typography>
              <Typography variant="body2" component="div">
                <Box component="span" sx={{ mr: 1 }}>{t('channels')}</Box>
                {channelNames.map((name) => <Chip key={name} label={name} size="small" variant="outlined" sx={{ mr: 0.5, height: 22 }} />)}
              </Typography>
            </Stack>
          </RecordContextProvider>
        </ResourceContextProvider>
      )}
    </Box>
  );
};
