import { Link as MuiLink, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useLocaleState, useTranslate } from 'react-admin';
import type { AuditLogRecord } from '../types';
import { auditRecordPath, auditSummary } from './auditSummary';

/** The record by name, linked to where it can be opened (a click does not expand the row). */
export const AuditRecordLink = ({ record }: { record: AuditLogRecord }) => {
  const label = record.record_label ?? `#${record.record_id}`;
  const path = auditRecordPath(record);
  if (!path) return <>{label}</>;
  return (
    <MuiLink component={Link} to={path} onClick={(e: React.MouseEvent) => e.stopPropagation()} underline="hover" data-testid="audit-record-link">
      {label}
    </MuiLink>
  );
};

/** What changed, in one line: the changed fields by their labels. */
export const AuditSummaryText = ({ record }: { record: AuditLogRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return <Typography variant="body2" color="text.secondary" noWrap sx={{ maxWidth: 320 }}>{auditSummary(record, translate, locale)}</Typography>;
};
