import { Box, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CalendarChannel } from './types';

/** A row's heading: the channel's name, its platform and whom it sells to (B2C / B2B). */
export const ChannelLabel = ({ channel, width }: { channel: CalendarChannel; width: object | number }) => {
  const translate = useTranslate();
  const audience = channel.audience ?? null;
  return (
    <Box sx={{ width, flexShrink: 0, px: 1.5, display: 'flex', flexDirection: 'column', justifyContent: 'center', borderRight: '1px solid #e3e7ea', bgcolor: 'background.paper', minWidth: 0 }}>
      <Typography variant="body2" noWrap title={channel.name} sx={{ fontWeight: 500, color: channel.active ? 'text.primary' : 'text.disabled' }}>
        {channel.name}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}>
        {audience && (
          <Tooltip title={translate(`rx.promotionCalendar.audience_hint.${audience}`)}>
            <Box component="span" data-testid="channel-audience"
              sx={{ fontSize: 10, fontWeight: 700, lineHeight: '15px', px: 0.5, borderRadius: 0.75, flexShrink: 0,
                color: audience === 'b2c' ? '#00695c' : '#1e4e79', bgcolor: audience === 'b2c' ? 'rgba(0,105,92,0.1)' : 'rgba(30,78,121,0.1)' }}>
              {translate(`rx.promotionCalendar.audience.${audience}`)}
            </Box>
          </Tooltip>
        )}
        <Typography variant="caption" color="text.secondary" noWrap>
          {translate(`resources.channels.choices.platform.${channel.platform}`, { _: channel.platform })}
          {!channel.active && ` · ${translate('rx.promotionCalendar.inactive')}`}
        </Typography>
      </Box>
    </Box>
  );
};
