import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { useIntlLocale } from '../common/useIntlLocale';
import { kindDotColor } from './choices';
import { formatGap, ViolationChip } from './ViolationFields';
import type { ViolationRecord } from './types';

/** The kind as a coloured dot and a label that may wrap: narrower than a chip in a crowded row. */
export const KindCell = (_props: FieldProps) => {
  const record = useRecordContext<ViolationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', gap: 0.75, alignItems: 'baseline', minWidth: 110, maxWidth: 150 }} data-testid="violation-kind">
      <Box sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: kindDotColor(record.kind), flexShrink: 0, transform: 'translateY(-1px)' }} />
      <Typography variant="body2">{translate(`resources.violations.choices.kind.${record.kind}`)}</Typography>
    </Box>
  );
};

/** The channel, and below it the store seen selling there (a listed price has none). */
export const WhereCell = (_props: FieldProps) => {
  const record = useRecordContext<ViolationRecord>();
  if (!record) return null;
  return (
    <Box sx={{ minWidth: 110, maxWidth: 180 }}>
      <Typography variant="body2">{record.channel_name}</Typography>
      {record.seller_name && <Typography variant="caption" color="text.secondary" component="div" sx={{ lineHeight: 1.3 }}>{record.seller_name}</Typography>}
    </Box>
  );
};

/** How far below, and how bad that is. */
export const GapSeverityCell = (_props: FieldProps) => {
  const record = useRecordContext<ViolationRecord>();
  const locale = useIntlLocale();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 0.5 }}>
      {record.gap_pct !== null && <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>{formatGap(record.gap_pct, locale)}</Typography>}
      <ViolationChip source="severity" />
    </Box>
  );
};
GapSeverityCell.textAlign = 'right' as const;

/** Where the case stands, and who has it. */
export const StatusCell = (_props: FieldProps) => {
  const record = useRecordContext<ViolationRecord>();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}>
      <ViolationChip source="status" />
      {record.assignee_name && <Typography variant="caption" color="text.secondary" sx={{ lineHeight: 1.3 }} data-testid="violation-assignee">{record.assignee_name}</Typography>}
    </Box>
  );
};

/** A date over its time, on the company's clock. */
export const SeenCell = ({ source }: FieldProps) => {
  const record = useRecordContext<ViolationRecord>();
  const locale = useIntlLocale();
  const timeZone = useCompanyTimeZone();
  const iso = record?.[source as 'last_seen_at'];
  if (!iso) return null;
  const at = new Date(iso);
  return (
    <Box sx={{ whiteSpace: 'nowrap' }}>
      <Typography variant="body2">{new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(at)}</Typography>
      <Typography variant="caption" color="text.secondary">{new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(at)}</Typography>
    </Box>
  );
};
