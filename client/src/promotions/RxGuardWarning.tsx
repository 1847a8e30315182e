import { Alert, AlertTitle, Box } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface RxConflict { skuCode: string; skuName: string; channels: string[] }

/** Said before saving: prescription SKUs are never promoted to consumers, so the server will refuse these. */
export const RxGuardWarning = ({ conflicts }: { conflicts: RxConflict[] }) => {
  const translate = useTranslate();
  if (!conflicts.length) return null;
  return (
    <Alert severity="error" sx={{ mb: 1.5 }} data-testid="rx-warning">
      <AlertTitle>{translate('rx.promotions.rx_warning.title', { smart_count: conflicts.length })}</AlertTitle>
      {conflicts.map((c) => (
        <Box key={c.skuCode}>
          {translate('rx.promotions.rx_warning.line', { sku: `${c.skuCode} ${c.skuName}`, channels: c.channels.join('、') })}
        </Box>
      ))}
      <Box sx={{ mt: 0.5 }}>{translate('rx.promotions.rx_warning.fix')}</Box>
    </Alert>
  );
};
