import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { ViolationKind } from '../../../shared/compliance';
import { breachColors } from './choices';
import type { ObservationRecord } from './types';

/** The kinds of breach the check found, a chip each; nothing when compliant. */
export const BreachesField = (_props: Partial<FieldProps>) => {
  const record = useRecordContext<ObservationRecord>();
  const translate = useTranslate();
  if (!record?.breaches?.length) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap" data-testid="observation-breaches">
      {record.breaches.map((kind: ViolationKind) => (
        <Chip key={kind} size="small" variant="outlined" color={breachColors[kind] ?? 'default'}
          sx={{ height: 'auto', minHeight: 24, '& .MuiChip-label': { whiteSpace: 'normal', py: '2px' } }}
          label={translate(`resources.price-observations.choices.breaches.${kind}`, { _: kind })} />
      ))}
    </Stack>
  );
};

/** Compliant or breach, as a chip. */
export const CompliantField = (_props: Partial<FieldProps>) => {
  const record = useRecordContext<ObservationRecord>();
  const translate = useTranslate();
  if (!record || record.compliant == null) return null;
  return (
    <Chip size="small" color={record.compliant ? 'success' : 'error'} variant={record.compliant ? 'outlined' : 'filled'}
      label={translate(`resources.price-observations.choices.compliant.${record.compliant}`)} data-testid="observation-compliant"
      sx={{ alignSelf: 'flex-start' }} />
  );
};
