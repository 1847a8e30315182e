import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, Dialog, DialogContent, DialogTitle, IconButton, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../../../shared/enums';
import { canWrite } from '../../../shared/permissions';
import { CorrectionDialog } from './CorrectionDialog';
import { PriceHistoryChart } from './PriceHistoryChart';
import { PriceHistoryTable } from './PriceHistoryTable';
import type { MatrixChannel, MatrixRow, PriceRecord } from './types';

interface Props {
  row: MatrixRow;
  channel: MatrixChannel;
  onClose(): void;
}

/** All prices of one SKU on one channel: a step chart of approved prices and the full request history. */
export const PriceHistoryDialog = ({ row, channel, onClose }: Props) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  const [correcting, setCorrecting] = useState<PriceRecord | null>(null);
  const { data, isPending, error, refetch } = useGetList<PriceRecord>('channel-prices', {
    filter: { sku_id: row.id, channel_id: channel.id },
    sort: { field: 'effective_from', order: 'ASC' },
    pagination: { page: 1, perPage: 1000 },
  });
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="price-history-title">
      <DialogTitle id="price-history-title" sx={{ pr: 6 }}>
        {translate('rx.pricing.history.title', { sku: row.code, channel: channel.name })}
        <Typography variant="body2" color="text.secondary">{row.name} · {row.pack_desc}</Typography>
        <IconButton aria-label={translate('ra.action.close')} onClick={onClose} sx={{ position: 'absolute', right: 8, top: 8 }}>
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent dividers>
        {isPending && <LinearProgress />}
        {error && <Alert severity="error">{error.message}</Alert>}
        {data && data.length === 0 && <Typography color="text.secondary">{translate('rx.pricing.history.empty')}</Typography>}
        {data && data.length > 0 && (
          <>
            <Typography variant="subtitle2" gutterBottom>{translate('rx.pricing.history.chart')}</Typography>
            <PriceHistoryChart prices={data} controlPrice={row.control_price} />
            <Box sx={{ overflowX: 'auto', mt: 2 }}>
              <PriceHistoryTable prices={data} onCorrect={canWrite(permissions, 'channel-prices') ? setCorrecting : undefined} />
            </Box>
          </>
        )}
      </DialogContent>
      {correcting && (
        <CorrectionDialog price={correcting} onClose={() => setCorrecting(null)} onDone={() => { setCorrecting(null); refetch(); }} />
      )}
    </Dialog>
  );
};
