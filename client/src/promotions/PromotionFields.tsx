import { Box, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { usePeriodFormat } from './usePeriodFormat';
import { useChannelMap } from './useChannelMap';
import type { PromotionRecord } from './types';

/** Start, then the end on its own line ("– 06/15/2027, 17:26", or just "– 12:00" the same day), company time. */
export const PeriodText = ({ start: from, end: to }: { start: string; end: string }) => {
  const format = usePeriodFormat();
  const [start, end] = format.period(from, to).split(/\s*–\s*/);
  return (
    <Typography variant="body2" component="span" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
      {start}
      {end && <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>– {end}</Box>}
    </Typography>
  );
};

/** The record's period, start to end, in the company's time zone. */
export const PeriodField = (_props: FieldProps) => {
  const record = useRecordContext<PromotionRecord>();
  if (!record?.start_at || !record.end_at) return null;
  return <PeriodText start={record.start_at} end={record.end_at} />;
};

/** The promotion's channels by name; `max` of them, then "+N"; with the audience (B2C/B2B) when `showAudience`. */
export const ChannelNamesField = ({ max = 3, showAudience = false }: FieldProps & { max?: number; showAudience?: boolean }) => {
  const record = useRecordContext<PromotionRecord>();
  const channels = useChannelMap();
  const translate = useTranslate();
  if (!record) return null;
  const shown = record.channel_ids.slice(0, max);
  const more = record.channel_ids.length - shown.length;
  return (
    <Stack direction="row" useFlexGap flexWrap="wrap" gap={0.5} sx={{ maxWidth: showAudience ? undefined : 220 }}>
      {shown.map((id) => {
        const channel = channels.get(id);
        return (
          <Chip
            key={id}
            size="small"
            label={
              <>
                {channel?.name ?? `#${id}`}
                {showAudience && channel && (
                  <Box component="span" sx={{ ml: 0.75, color: channel.audience === 'b2b' ? 'secondary.main' : 'text.secondary', fontWeight: 600, fontSize: 11 }}>
                    {translate(`resources.channels.choices.audience_short.${channel.audience}`)}
                  </Box>
                )}
              </>
            }
          />
        );
      })}
      {more > 0 && <Chip size="small" variant="outlined" label={`+${more}`} title={record.channel_ids.slice(max).map((id) => channels.get(id)?.name ?? `#${id}`).join('、')} />}
    </Stack>
  );
};

export const ItemCountField = (_props: FieldProps) => {
  const record = useRecordContext<PromotionRecord>();
  return <Typography variant="body2" component="span">{record?.items?.length ?? 0}</Typography>;
};
