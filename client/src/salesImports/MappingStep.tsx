import { Alert, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { KIND_FIELDS, type SalesImportField } from '../../../shared/sales-import';
import type { ColumnMapping, SalesImportUpload } from './api';
import { needsPriceOrAmount } from './flavours';

interface Props {
  upload: SalesImportUpload;
  mapping: ColumnMapping;
  onChange(field: SalesImportField, header: string | null): void;
}

/** One row per field the kind of file can carry: its column in the file, with the file's first value as an example. */
export const MappingStep = ({ upload, mapping, onChange }: Props) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.salesData.${key}`, options);
  const { fields, required } = KIND_FIELDS[upload.kind];
  const example = (header: string | null | undefined) => {
    const index = header ? upload.headers.indexOf(header) : -1;
    return index < 0 ? '' : upload.sample.map((row) => row[index]).find((v) => v) ?? '';
  };
  return (
    <>
      <Alert severity={upload.mapping_source === 'saved' ? 'success' : 'info'} sx={{ mb: 2 }}>
        {t('file_summary', { file: upload.file_name, smart_count: upload.total_rows })}{t('sentence_gap')}{t(upload.mapping_source === 'saved' ? 'mapping_saved' : 'mapping_guessed')}
      </Alert>
      <Table size="small" sx={{ '& td, & th': { py: 0.75 } }} data-testid="sales-import-mapping">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '30%' }}>{t('field')}</TableCell>
            <TableCell sx={{ width: '35%' }}>{t('column')}</TableCell>
            <TableCell>{t('example')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field) => {
            const isRequired = required.includes(field);
            const missing = isRequired && !mapping[field];
            const help = translate(`rx.salesData.field_help.${field}`, { _: '' });
            return (
              <TableRow key={field}>
                <TableCell>
                  <Typography variant="body2">{t(`fields.${field}`)}{isRequired && <Typography component="span" color="error"> *</Typography>}</Typography>
                  {help && <Typography variant="caption" color="text.secondary">{help}</Typography>}
                </TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    fullWidth
                    value={mapping[field] ?? ''}
                    error={missing}
                    onChange={(e) => onChange(field, e.target.value || null)}
                    slotProps={{ htmlInput: { 'data-testid': `sales-import-map-${field}` }, select: { displayEmpty: true } }}
                  >
                    <MenuItem value=""><em>{t('not_in_file')}</em></MenuItem>
                    {upload.headers.map((h) => <MenuItem key={h} value={h}>{h}</MenuItem>)}
                  </TextField>
                </TableCell>
                <TableCell sx={{ color: 'text.secondary', maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  {example(mapping[field])}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {needsPriceOrAmount(upload.kind) && !mapping.unit_price && !mapping.amount && <Alert severity="warning" sx={{ mt: 2 }}>{t('price_or_amount')}</Alert>}
    </>
  );
};
