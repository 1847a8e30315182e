import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useIntlLocale } from '../common/useIntlLocale';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import type { AuditLogRecord } from '../types';
import { changedFields } from './auditSummary';

const MONEY = new Set(['guide_price', 'vbp_price', 'price', 'control_price', 'promo_floor_price']);
const RATES = new Set(['commission_rate', 'parity_tolerance']);

/** The record's before/after as a table of changed fields (all fields for a create or delete). */
export const AuditDiff = () => {
  const record = useRecordContext<AuditLogRecord>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  const timeZone = useCompanyTimeZone();
  if (!record) return null;
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const before = record.before ?? {};
  const after = record.after ?? {};
  const fields = changedFields(record);

  const show = (field: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return translate('rx.common.none');
    if (typeof value === 'boolean') return translate(value ? 'rx.common.yes' : 'rx.common.no');
    // Instants in the company's time zone: 1 November, not 2026-10-31T16:00:00.000Z.
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) return instant.format(new Date(value));
    const named = record.refs?.[field]?.[String(value)];
    if (named !== undefined) return named; // an id another record: its name, not a number
    if (typeof value === 'object') return JSON.stringify(value);
    if (typeof value === 'number' && MONEY.has(field)) {
      return value.toLocaleString(locale, { style: 'currency', currency: 'CNY' });
    }
    if (typeof value === 'number' && RATES.has(field)) {
      return value.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 2 });
    }
    const text = String(value);
    return translate(`resources.${record.resource}.choices.${field}.${text}`, { _: text });
  };

  if (fields.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        {translate('rx.audit.no_changes')}
      </Typography>
    );
  }
  return (
    <Box sx={{ px: 2, pb: 2 }} data-testid="audit-diff">
      <Table size="small" sx={{ '& td, & th': { verticalAlign: 'top' } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '25%' }}>{translate('rx.audit.field')}</TableCell>
            <TableCell sx={{ width: '37%' }}>{translate('rx.audit.before')}</TableCell>
            <TableCell>{translate('rx.audit.after')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field} data-field={field}>
              <TableCell sx={{ fontWeight: 500 }}>
                {translate(`resources.${record.resource}.fields.${field}`, { _: field })}
              </TableCell>
              <TableCell sx={{ bgcolor: record.before ? 'rgba(211,47,47,0.06)' : undefined, wordBreak: 'break-word' }}>
                {record.before ? show(field, before[field]) : translate('rx.common.none')}
              </TableCell>
              <TableCell sx={{ bgcolor: record.after ? 'rgba(46,125,50,0.08)' : undefined, wordBreak: 'break-word' }}>
                {record.after ? show(field, after[field]) : translate('rx.common.none')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
