import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLORS: Record<string, ChipProps['color']> = { draft: 'default', pending: 'warning', approved: 'success', rejected: 'error', withdrawn: 'default' };

export const PriceStatusChip = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLORS[status] ?? 'default'}
      variant={status === 'approved' ? 'outlined' : 'filled'}
      label={translate(`resources.channel-prices.choices.status.${status}`, { _: status })}
    />
  );
};
