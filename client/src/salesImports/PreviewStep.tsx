import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCny } from '../../../shared/money';
import { CUSTOMER_TYPES, ORDER_STATUSES } from '../../../shared/sales';
import type { SalesImportKind, ValueField } from '../../../shared/sales-import';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import type { AnyImportPreview, ImportApi, ObservationPreviewLine, SalesPreviewLine, ValueMapping } from './api';
import { ObservationPreviewLines } from './ObservationPreviewLines';
import { RowErrorTable } from './RowErrorTable';

interface Props {
  api: ImportApi;
  jobId: number;
  /** Sell-through rows carry the distributor's document number, platform rows an order number; price-watch sheets their own columns. */
  kind: SalesImportKind;
  preview: AnyImportPreview;
  values: ValueMapping;
  busy: boolean;
  onValue(field: ValueField, word: string, meaning: string): void;
  onRecheck(): void;
}

const MEANINGS: Record<ValueField, readonly string[]> = { status: ORDER_STATUSES, customer_type: CUSTOMER_TYPES };

/** The check of the first rows: counts, words to give a meaning, row problems, and the first lines as they will land. */
export const PreviewStep = ({ api, jobId, kind, preview, values, busy, onValue, onRecheck }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useCompanyTimeZone();
  const t = (key: string, options?: object) => translate(`rx.salesData.${key}`, options);
  const money = (yuan: number) => formatCny(yuan, locale === 'zh' ? 'zh-CN' : 'en-US');
  const choice = (field: ValueField, value: string) => translate(`resources.orders.choices.${field}.${value}`, { _: value });
  const intl = locale === 'zh' ? 'zh-CN' : 'en-CA'; // 2026-03-01 in English: day/month order is never ambiguous
  /** A report's bare dates read as midnight: shown as the date alone. */
  const when = (iso: string) => {
    const time = new Date(iso).toLocaleTimeString(intl, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    return new Date(iso).toLocaleString(intl, time === '00:00' ? { dateStyle: 'short', timeZone } : { dateStyle: 'short', timeStyle: 'short', timeZone });
  };
  const otherErrors = preview.errors.filter((e) => e.key !== 'sales_row_status' && e.key !== 'sales_row_customer_type');
  const answered = preview.unknown_values.every((u) => values[u.field]?.[u.value]);
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="sales-import-preview-counts">
        <Chip color="success" variant="outlined" label={t('valid', { smart_count: preview.valid_rows })} />
        {preview.invalid_rows > 0 && <Chip color="error" label={t('invalid', { smart_count: preview.invalid_rows })} />}
        {preview.checked_amount !== undefined && <Chip variant="outlined" label={t('amount_checked', { amount: money(preview.checked_amount) })} />}
      </Stack>
      {preview.checked_rows < preview.total_rows && (
        <Typography variant="body2" color="text.secondary">{t('checked', { checked: preview.checked_rows.toLocaleString(), total: preview.total_rows.toLocaleString() })}</Typography>
      )}
      {preview.unknown_values.length > 0 && (
        <Alert severity="warning" data-testid="sales-import-unknown">
          <Typography variant="subtitle2">{t('unknown_title')}</Typography>
          <Typography variant="body2" sx={{ mb: 1 }}>{t('unknown_help')}</Typography>
          <Stack spacing={1}>
            {preview.unknown_values.map((u) => (
              <Stack key={`${u.field}:${u.value}`} direction="row" spacing={2} alignItems="center">
                <Typography variant="body2" sx={{ minWidth: 180 }}>
                  {t(`fields.${u.field}`)}: <strong>{u.value}</strong> ({t('unknown_count', { smart_count: u.count })})
                </Typography>
                <TextField
                  select
                  size="small"
                  sx={{ minWidth: 180 }}
                  label={t('choose_meaning')}
                  value={values[u.field]?.[u.value] ?? ''}
                  onChange={(e) => onValue(u.field, u.value, e.target.value)}
                  slotProps={{ htmlInput: { 'data-testid': `sales-import-value-${u.value}` } }}
                >
                  {MEANINGS[u.field].map((m) => <MenuItem key={m} value={m}>{choice(u.field, m)}</MenuItem>)}
                </TextField>
              </Stack>
            ))}
            <Button variant="outlined" size="small" disabled={busy || !answered} onClick={onRecheck} sx={{ alignSelf: 'flex-start' }}>{t('recheck')}</Button>
          </Stack>
        </Alert>
      )}
      {otherErrors.length > 0 && (
        <>
          <Stack direction="row" alignItems="center" justifyContent="space-between">
            <Typography variant="subtitle2">{t('errors_title')}</Typography>
            <Button size="small" startIcon={<DownloadIcon />} href={api.errorsUrl(jobId)} download>{t('download_errors')}</Button>
          </Stack>
          <RowErrorTable errors={otherErrors} />
        </>
      )}
      {kind === 'observations' && preview.preview.length > 0 && (
        <>
          <Typography variant="subtitle2">{t('first_lines')}</Typography>
          <ObservationPreviewLines lines={preview.preview as ObservationPreviewLine[]} when={when} money={money} />
        </>
      )}
      {kind !== 'observations' && preview.preview.length > 0 && (
        <>
          <Typography variant="subtitle2">{t('first_lines')}</Typography>
          <Box sx={{ maxHeight: 300, overflow: 'auto', contain: 'inline-size' }}>
            <Table size="small" stickyHeader sx={{ '& td, & th': { whiteSpace: 'nowrap', py: 0.5 } }} data-testid="sales-import-lines">
              <TableHead>
                <TableRow>
                  <TableCell>{t('row')}</TableCell>
                  <TableCell>{t('fields.ordered_at')}</TableCell>
                  <TableCell>{t(kind === 'sell_through' ? 'fields.doc_no' : 'fields.order_no')}</TableCell>
                  <TableCell>{t('fields.customer_name')}</TableCell>
                  <TableCell>{t('fields.customer_type')}</TableCell>
                  <TableCell>{t('fields.province')}</TableCell>
                  <TableCell>{t('fields.sku')}</TableCell>
                  <TableCell align="right">{t('fields.qty')}</TableCell>
                  <TableCell align="right">{t('fields.amount')}</TableCell>
                  <TableCell>{t('fields.status')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {(preview.preview as SalesPreviewLine[]).map((l) => (
                  <TableRow key={l.row}>
                    <TableCell>{l.row}</TableCell>
                    <TableCell>{when(l.ordered_at)}</TableCell>
                    <TableCell>{l.order_no ?? '—'}</TableCell>
                    <TableCell>{l.customer_name ?? '—'}</TableCell>
                    <TableCell>{choice('customer_type', l.customer_type)}</TableCell>
                    <TableCell>{[l.province, l.city].filter(Boolean).join(' ') || '—'}</TableCell>
                    <TableCell title={l.sku_name ?? ''}>{l.sku_code}</TableCell>
                    <TableCell align="right">{l.qty.toLocaleString()}</TableCell>
                    <TableCell align="right">{money(l.amount)}</TableCell>
                    <TableCell>{choice('status', l.status)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      )}
    </Stack>
  );
};
