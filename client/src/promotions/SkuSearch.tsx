import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import type { SkuInfo } from './types';
import { useDebounced } from './useDebounced';

interface Props {
  /** SKUs already in the promotion: shown, but not offered again. */
  taken: ReadonlySet<number>;
  onPick(sku: SkuInfo): void;
  disabled?: boolean;
}

/** Finds an active SKU by code, GTIN, name or pinyin (the server's search) and hands it over; the box empties for the next. */
export const SkuSearch = ({ taken, onPick, disabled }: Props) => {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const { data = [], isFetching } = useGetList<SkuInfo>(
    'skus',
    { filter: { status: 'active', ...(q ? { q } : {}) }, pagination: { page: 1, perPage: 20 }, sort: { field: 'code', order: 'ASC' } },
    { placeholderData: (previous) => previous },
  );
  return (
    <Autocomplete<SkuInfo>
      options={data}
      value={null}
      inputValue={text}
      disabled={disabled}
      loading={isFetching}
      filterOptions={(options) => options}
      getOptionLabel={(sku) => `${sku.code} · ${sku.name}`}
      getOptionDisabled={(sku) => taken.has(sku.id)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onInputChange={(_, value, reason) => {
        if (reason !== 'reset') setText(value);
      }}
      onChange={(_, sku) => {
        if (!sku) return;
        onPick(sku);
        setText('');
      }}
      noOptionsText={translate('rx.promotions.sku_search_none')}
      loadingText={translate('ra.page.loading')}
      renderOption={({ key, ...props }, sku) => (
        <Box component="li" key={key} {...props} sx={{ display: 'block !important' }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {sku.code}
            {taken.has(sku.id) && (
              <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>{translate('rx.promotions.sku_taken')}</Typography>
            )}
          </Typography>
          <Typography variant="caption" color="text.secondary">{sku.name}</Typography>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          size="small"
          label={translate('rx.promotions.add_sku')}
          placeholder={translate('rx.promotions.sku_search_placeholder')}
          slotProps={{ htmlInput: { ...params.inputProps, 'data-testid': 'promotion-sku-search' } }}
        />
      )}
      sx={{ width: 400, maxWidth: '100%' }}
    />
  );
};
