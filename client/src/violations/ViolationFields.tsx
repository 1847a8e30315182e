import { Box, Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useIntlLocale } from '../common/useIntlLocale';
import { kindColors, severityColors, statusColors } from './choices';
import type { ViolationRecord } from './types';

const CHIP_COLORS = { kind: kindColors, status: statusColors, severity: severityColors } as const;

/** Kind, status or severity as a small chip in its colour; the kind outlined, so a row is not a wall of colour. */
export const ViolationChip = ({ source }: FieldProps & { source: keyof typeof CHIP_COLORS }) => {
  const record = useRecordContext<ViolationRecord>();
  const translate = useTranslate();
  const value = record?.[source];
  if (!value) return null;
  const color = CHIP_COLORS[source][value] ?? 'default';
  return (
    <Chip
      size="small"
      label={translate(`resources.violations.choices.${source}.${value}`, { _: value })}
      color={color}
      variant={source === 'kind' || color === 'default' ? 'outlined' : 'filled'}
      sx={{ maxWidth: 220 }}
      data-testid={`violation-${source}`}
    />
  );
};

/** The SKU's code above its name. */
export const SkuCell = (_props: FieldProps) => {
  const record = useRecordContext<ViolationRecord>();
  if (!record) return null;
  return (
    <Box sx={{ minWidth: 120 }}>
      <Typography variant="body2" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>{record.sku_code}</Typography>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', lineHeight: 1.3 }}>{record.sku_name}</Typography>
    </Box>
  );
};

/** How far the price sits below the expected one, "6.67%". */
export function formatGap(gap: number | null | undefined, locale: string): string {
  if (gap === null || gap === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(gap / 100);
}

export const GapField = (_props: FieldProps) => {
  const record = useRecordContext<ViolationRecord>();
  const locale = useIntlLocale();
  return <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>{formatGap(record?.gap_pct, locale)}</Typography>;
};
GapField.textAlign = 'right' as const;

/** What the expected price is called for this kind: a partner's is only a suggested retail price. */
export const expectedLabel = (kind: string | undefined) => `rx.violations.expected.${kind ?? 'unauthorized_seller'}`;
