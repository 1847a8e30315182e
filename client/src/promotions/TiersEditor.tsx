import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import { Button, IconButton, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFieldArray } from 'react-hook-form';
import { CellIntegerInput, CellMoneyInput } from './CellInputs';
import { FormErrorText } from './FormErrorText';

const MAX_TIERS = 10;

/** One SKU's volume tiers: from a quantity on, a unit price; each tier larger and cheaper than the one before. */
export const TiersEditor = ({ index, disabled }: { index: number; disabled?: boolean }) => {
  const translate = useTranslate();
  const name = `items.${index}.tiers`;
  const { fields, append, remove } = useFieldArray({ name });
  return (
    <Stack spacing={0.5} data-testid={`tiers-${index}`}>
      {fields.map((field, t) => (
        <div key={field.id}>
          <Stack direction="row" spacing={0.5} alignItems="flex-start">
            <Typography variant="body2" color="text.secondary" sx={{ pt: 1, width: 16 }}>≥</Typography>
            <CellIntegerInput source={`${name}.${t}.min_qty`} placeholder={translate('resources.promotions.item.min_qty')} disabled={disabled} />
            <CellMoneyInput source={`${name}.${t}.unit_price`} placeholder={translate('resources.promotions.item.unit_price')} disabled={disabled} />
            <IconButton size="small" onClick={() => remove(t)} disabled={disabled} aria-label={translate('ra.action.remove')} sx={{ mt: 0.5 }}>
              <CloseIcon fontSize="small" />
            </IconButton>
          </Stack>
          <FormErrorText name={`${name}.${t}`} />
        </div>
      ))}
      <FormErrorText name={name} />
      {fields.length < MAX_TIERS && (
        <Button size="small" startIcon={<AddIcon />} onClick={() => append({ min_qty: null, unit_price: null })} disabled={disabled} sx={{ alignSelf: 'flex-start' }}>
          {translate('rx.promotions.add_tier')}
        </Button>
      )}
    </Stack>
  );
};
