import { Box, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportMapping, ImportUpload } from './api';

interface Props {
  upload: ImportUpload;
  mapping: ImportMapping;
  errors: Record<string, string>;
  onChange(patch: Partial<ImportMapping>): void;
}

const REQUIRED = ['sku', 'channel', 'price'] as const;

/** Which column holds what (prefilled from the server's guess), the date when no column has one, a reason. */
export const ImportMappingStep = ({ upload, mapping, errors, onChange }: Props) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.import.${key}`, options);
  const columns = upload.headers.map((h) => <MenuItem key={h} value={h}>{h}</MenuItem>);
  return (
    <Stack spacing={2}>
      <Typography variant="body2">{t('rows', { smart_count: upload.total_rows })}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
        {REQUIRED.map((field) => (
          <TextField
            key={field}
            select
            required
            size="small"
            label={t(`mapping.${field}`)}
            value={mapping[field]}
            error={!!errors[field]}
            helperText={errors[field]}
            onChange={(e) => onChange({ [field]: e.target.value })}
          >
            {columns}
          </TextField>
        ))}
        <TextField
          select
          size="small"
          label={t('mapping.effective_from')}
          value={mapping.effective_from ?? ''}
          onChange={(e) => onChange({ effective_from: e.target.value || null })}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">
            <em>{t('mapping.no_column')}</em>
          </MenuItem>
          {columns}
        </TextField>
        {!mapping.effective_from && (
          <TextField
            type="date"
            required
            size="small"
            label={t('mapping.default_effective_from')}
            value={mapping.default_effective_from ?? ''}
            error={!!errors.default_effective_from}
            helperText={errors.default_effective_from}
            onChange={(e) => onChange({ default_effective_from: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        )}
        <TextField
          size="small"
          label={t('mapping.reason')}
          value={mapping.reason ?? ''}
          onChange={(e) => onChange({ reason: e.target.value })}
          slotProps={{ htmlInput: { maxLength: 500 } }}
          sx={{ gridColumn: '1 / -1' }}
        />
      </Box>
      <Typography variant="subtitle2">{t('sample')}</Typography>
      <Box sx={{ overflowX: 'auto', maxHeight: 260 }}>
        <Table size="small" stickyHeader sx={{ '& td, & th': { whiteSpace: 'nowrap' } }}>
          <TableHead>
            <TableRow>
              {upload.headers.map((h) => <TableCell key={h}>{h}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {upload.sample.map((cells, i) => (
              <TableRow key={i}>
                {upload.headers.map((h, c) => <TableCell key={h}>{cells[c]}</TableCell>)}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Stack>
  );
};
