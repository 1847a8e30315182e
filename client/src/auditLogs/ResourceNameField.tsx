import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { AuditLogRecord } from '../types';

/** The audited record's type, translated ("Product", "渠道价格"…). */
export const ResourceNameField = (_props: FieldProps) => {
  const record = useRecordContext<AuditLogRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`rx.audit.resources.${record.resource}`, { _: record.resource })}
    </Typography>
  );
};
