import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import UploadIcon from '@mui/icons-material/FileUploadOutlined';
import SearchIcon from '@mui/icons-material/Search';
import {
  Box, Button, Checkbox, Chip, InputAdornment, MenuItem, TextField, ToggleButton, ToggleButtonGroup, Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { CHANNEL_SCOPES, RX_CLASSES, SKU_STATUSES } from '../../../shared/enums';
import type { MatrixChannel, MatrixFilters, PriceView } from './types';
import { DayPicker } from '../common/DayPicker';

interface Props {
  details: boolean;
  onDetails(details: boolean): void;
  channels: readonly MatrixChannel[];
  hiddenChannels: number[];
  onHiddenChannels(ids: number[]): void;
  filters: MatrixFilters;
  onFilter(key: keyof MatrixFilters, value: string): void;
  view: PriceView;
  onView(view: PriceView): void;
  total: number | undefined;
  onExport(): void;
  onImport?: () => void;
}

const SELECTS: { key: keyof MatrixFilters; values: readonly string[]; label: (v: string) => string }[] = [
  { key: 'channel_scope', values: CHANNEL_SCOPES, label: (v) => `resources.skus.choices.channel_scope.${v}` },
  { key: 'status', values: SKU_STATUSES, label: (v) => `resources.skus.choices.status.${v}` },
  { key: 'rx_class', values: RX_CLASSES, label: (v) => `resources.products.choices.rx_class.${v}` },
  { key: 'breaches', values: ['any', 'parity', 'below_control'], label: (v) => `rx.pricing.breaches.${v}` },
];

/** Search, filters, box/unit switch, row count, export and import. */
export const MatrixToolbar = ({ details, onDetails, channels, hiddenChannels, onHiddenChannels, filters, onFilter, view, onView, total, onExport, onImport }: Props) => {
  const translate = useTranslate();
  const [search, setSearch] = useState(filters.q ?? '');
  useEffect(() => {
    const timer = setTimeout(() => onFilter('q', search), 350);
    return () => clearTimeout(timer);
  }, [search, onFilter]);

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, py: 1.5, '& .MuiFormControl-root': { my: 0 } }}>
      <TextField
        size="small"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        placeholder={translate('rx.pricing.search')}
        fullWidth={false}
        sx={{ width: 260 }}
        slotProps={{
          input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> },
          htmlInput: { 'aria-label': translate('rx.pricing.search') },
        }}
      />
      {SELECTS.map(({ key, values, label }) => (
        <TextField
          key={key}
          select
          size="small"
          label={translate(`rx.pricing.filters.${key}`)}
          value={filters[key] ?? ''}
          onChange={(e) => onFilter(key, e.target.value)}
          fullWidth={false}
          sx={{ width: 140 }}
        >
          <MenuItem value="">{translate('rx.pricing.any')}</MenuItem>
          {values.map((v) => (
            <MenuItem key={v} value={v}>{translate(label(v), { _: v })}</MenuItem>
          ))}
        </TextField>
      ))}
      <DayPicker
        size="small"
        clearable
        label={translate('rx.pricing.as_of')}
        value={filters.as_of ?? ''}
        onChange={(day) => onFilter('as_of', day)}
        sx={{ width: 150 }}
        testId="matrix-as-of"
      />
      {(['product_id', 'id'] as const).filter((key) => filters[key]).map((key) => (
        <Chip key={key} label={translate(`rx.pricing.drill.${key}`, { id: filters[key] })} onDelete={() => onFilter(key, '')} data-testid={`matrix-drill-${key}`} />
      ))}
      <ToggleButtonGroup
        size="small"
        exclusive
        value={view}
        onChange={(_, next: PriceView | null) => next && onView(next)}
        aria-label={translate('rx.pricing.view.label')}
      >
        <ToggleButton value="box">{translate('rx.pricing.view.box')}</ToggleButton>
        <ToggleButton value="unit">{translate('rx.pricing.view.unit')}</ToggleButton>
      </ToggleButtonGroup>
      <ToggleButton size="small" value="details" selected={details} onChange={() => onDetails(!details)} data-testid="matrix-details">
        {translate('rx.pricing.details')}
      </ToggleButton>
      <TextField
        select
        size="small"
        label={translate('rx.pricing.channels_shown')}
        value={channels.filter((c) => !hiddenChannels.includes(c.id)).map((c) => c.id)}
        onChange={(e) => {
          const shown = e.target.value as unknown as number[];
          onHiddenChannels(channels.filter((c) => !shown.includes(c.id)).map((c) => c.id));
        }}
        fullWidth={false}
        sx={{ width: 170 }}
        slotProps={{
          select: {
            multiple: true,
            renderValue: (selected) => translate('rx.pricing.channels_count', { shown: (selected as number[]).length, total: channels.length }),
          },
          htmlInput: { 'data-testid': 'matrix-channel-picker' },
        }}
      >
        {channels.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            <Checkbox size="small" checked={!hiddenChannels.includes(c.id)} sx={{ p: 0.5, mr: 1 }} />
            {c.name} · {translate(`rx.pricing.scope.${c.type}`)}
          </MenuItem>
        ))}
      </TextField>
      <Typography variant="body2" color="text.secondary" data-testid="matrix-total">
        {total === undefined ? '' : translate('rx.pricing.total', { smart_count: total })}
      </Typography>
      <Box sx={{ flex: 1 }} />
      <Button startIcon={<DownloadIcon />} onClick={onExport}>{translate('rx.pricing.export')}</Button>
      {onImport && <Button startIcon={<UploadIcon />} onClick={onImport}>{translate('rx.pricing.import')}</Button>}
    </Box>
  );
};
