import {
  Alert, Box, Checkbox, ListItemText, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, ToggleButton,
  ToggleButtonGroup, Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportMapping, ImportUpload } from './api';
import { DayPicker } from '../common/DayPicker';

interface Props {
  upload: ImportUpload;
  mapping: ImportMapping;
  errors: Record<string, string>;
  onChange(patch: Partial<ImportMapping>): void;
}

const LONG_COLUMNS = ['channel', 'price'] as const;

/**
 * The layout (guessed by the server: the matrix export is wide), which column holds what, the date
 * when no column has one, and a reason.
 */
export const ImportMappingStep = ({ upload, mapping, errors, onChange }: Props) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.import.${key}`, options);
  const columns = upload.headers.map((h) => <MenuItem key={h} value={h}>{h}</MenuItem>);
  const wide = mapping.layout === 'wide';
  const detected = upload.suggested_mapping.channel_columns ?? [];
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="body2">{t('rows', { smart_count: upload.total_rows })}</Typography>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={mapping.layout}
          onChange={(_, layout) => layout && onChange({ layout })}
          aria-label={t('layout.label')}
        >
          <ToggleButton value="long" data-testid="import-layout-long">{t('layout.long')}</ToggleButton>
          <ToggleButton value="wide" data-testid="import-layout-wide">{t('layout.wide')}</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      {upload.suggested_mapping.layout === 'wide' && wide && (
        <Alert severity="info" data-testid="import-wide-detected">{t('layout.detected', { smart_count: detected.length })}</Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
        <TextField
          select
          required
          size="small"
          label={t('mapping.sku')}
          value={mapping.sku}
          error={!!errors.sku}
          helperText={errors.sku}
          onChange={(e) => onChange({ sku: e.target.value })}
        >
          {columns}
        </TextField>
        {wide && (
          <TextField
            select
            required
            size="small"
            label={t('mapping.channel_columns')}
            value={mapping.channel_columns}
            error={!!errors.channel_columns}
            helperText={errors.channel_columns ?? t('mapping.channel_columns_help')}
            onChange={(e) => onChange({ channel_columns: typeof e.target.value === 'string' ? e.target.value.split(',') : e.target.value as unknown as string[] })}
            slotProps={{ select: { multiple: true, renderValue: (v) => t('mapping.columns_chosen', { smart_count: (v as string[]).length }) } }}
            data-testid="import-channel-columns"
          >
            {upload.headers.filter((h) => h !== mapping.sku).map((h) => (
              <MenuItem key={h} value={h} dense>
                <Checkbox size="small" checked={mapping.channel_columns.includes(h)} sx={{ py: 0 }} />
                <ListItemText primary={h} secondary={detected.includes(h) ? undefined : t('mapping.not_a_channel')} />
              </MenuItem>
            ))}
          </TextField>
        )}
        {!wide && LONG_COLUMNS.map((field) => (
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
          <DayPicker
            required
            size="small"
            label={t('mapping.default_effective_from')}
            value={mapping.default_effective_from ?? ''}
            error={!!errors.default_effective_from}
            helperText={errors.default_effective_from}
            onChange={(day) => onChange({ default_effective_from: day })}
            testId="import-default-effective-from"
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
