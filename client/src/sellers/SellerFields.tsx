import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { VIOLATION_KINDS } from '../../../shared/compliance';
import { authorizedChoice } from './authorized';
import { authorizedColors } from './choices';
import type { SellerRecord } from './types';

/** Authorised, unauthorised or not reviewed yet, as a chip. */
export const AuthorizedField = (_props: Partial<FieldProps>) => {
  const record = useRecordContext<SellerRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const choice = authorizedChoice(record.authorized);
  return (
    <Chip size="small" color={authorizedColors[choice]} variant={choice === 'authorized' ? 'outlined' : 'filled'}
      label={translate(`resources.sellers.choices.authorized.${choice}`)} data-testid="seller-authorized" sx={{ alignSelf: 'flex-start' }} />
  );
};

/** Open cases by kind, a chip each with its count. */
export const OpenViolationsField = (_props: Partial<FieldProps>) => {
  const record = useRecordContext<SellerRecord>();
  const translate = useTranslate();
  const open = record?.open_violations ?? {};
  const kinds = VIOLATION_KINDS.filter((kind) => (open[kind] ?? 0) > 0);
  if (!kinds.length) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {kinds.map((kind) => (
        <Chip key={kind} size="small" variant="outlined" color={kind === 'unauthorized_seller' ? 'error' : 'warning'}
          label={`${translate(`resources.sellers.choices.kinds.${kind}`)} ${open[kind]}`} />
      ))}
    </Stack>
  );
};

/** The complaint grounds, translated, comma-separated. */
export const GroundsField = (_props: Partial<FieldProps>) => {
  const record = useRecordContext<SellerRecord>();
  const translate = useTranslate();
  if (!record?.grounds?.length) return <Typography component="span" variant="body2">—</Typography>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {record.grounds.map((g) => <Chip key={g} size="small" label={translate(`resources.sellers.choices.grounds.${g}`)} />)}
    </Stack>
  );
};
