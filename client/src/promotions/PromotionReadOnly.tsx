import { Alert, Box } from '@mui/material';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { DuplicateButton } from './DuplicateButton';
import { PromotionDetails } from './PromotionDetails';
import type { PromotionRecord } from './types';

/** An ended, rejected or cancelled promotion opened for editing: history now, to read or to duplicate. */
export const PromotionReadOnly = () => {
  const record = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'promotions', action: 'create' });
  if (!record) return null;
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="promotion-read-only">
      <Alert severity="info" action={canAccess ? <DuplicateButton variant="outlined" /> : undefined}>
        {translate(`rx.promotions.notice.final.${record.state}`)}
      </Alert>
      <PromotionDetails />
    </Box>
  );
};
