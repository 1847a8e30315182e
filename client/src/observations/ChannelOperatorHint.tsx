import { Alert } from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';

/** Under the channel: whether the price policy binds there (company-operated) or the price is intelligence only (partner). */
export const ChannelOperatorHint = () => {
  const channelId = useWatch({ name: 'channel_id' }) as number | null | undefined;
  const translate = useTranslate();
  const { data: channel } = useGetOne<{ id: number; operated_by?: 'company' | 'partner' }>('channels', { id: channelId! }, { enabled: !!channelId });
  if (!channelId || !channel?.operated_by) return null;
  return (
    <Alert severity={channel.operated_by === 'company' ? 'warning' : 'info'} sx={{ mb: 2 }} data-testid="channel-operator-hint">
      {translate(`resources.price-observations.operated.${channel.operated_by}`)}
    </Alert>
  );
};
