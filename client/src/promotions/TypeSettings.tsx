import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Stack } from '@mui/material';
import { ArrayInput, Button, NumberInput, useSimpleFormIterator, RadioButtonGroupInput, SimpleFormIterator, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { PromotionType } from '../../../shared/promotions';
import { SectionTitle } from '../common/SectionTitle';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { ClockInput } from './ClockInput';
import { RecurrenceInput } from './RecurrenceInput';
import { roundingChoices } from './choices';

const AddSlotButton = () => {
  const { add } = useSimpleFormIterator();
  return (
    <Button label="rx.promotions.add_slot" onClick={() => add()} className="button-add button-add-slots">
      <AddIcon />
    </Button>
  );
};

const FlashSaleSettings = () => {
  const timeZone = useCompanyTimeZone();
  const translate = useTranslate();
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} columnGap={4} alignItems="flex-start">
      <ArrayInput
        source="slots"
        fullWidth={false}
        helperText={translate('rx.promotions.helpers.slots', { zone: timeZone })}
        sx={{ minWidth: 340, '& .RaSimpleFormIterator-line': { borderBottom: 'none' }, '& .RaSimpleFormIterator-inline': { columnGap: 1.5 } }}
      >
        <SimpleFormIterator inline disableReordering disableClear addButton={<AddSlotButton />}>
          <ClockInput source="start" label="rx.promotions.slot_start" />
          <ClockInput source="end" label="rx.promotions.slot_end" />
        </SimpleFormIterator>
      </ArrayInput>
      <NumberInput source="warmup_hours" min={1} max={168} step={1} helperText="rx.promotions.helpers.warmup_hours" sx={{ width: 220 }} />
    </Stack>
  );
};

const LimitedDiscountSettings = () => (
  <Stack alignItems="flex-start">
    <RadioButtonGroupInput source="rounding" choices={roundingChoices} helperText="rx.promotions.helpers.rounding" fullWidth={false} />
    <RecurrenceInput />
  </Stack>
);

/** Settings of the whole promotion that only some types have: flash-sale slots and warm-up, a discount's rounding and window. */
export const TypeSettings = () => {
  const type = useWatch({ name: 'type' }) as PromotionType;
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%' }}>
      <SectionTitle label={`rx.promotions.sections.settings_${type}`} />
      {type === 'flash_sale' && <FlashSaleSettings />}
      {type === 'limited_discount' && <LimitedDiscountSettings />}
      {(type === 'group_buy' || type === 'volume_tier') && (
        <Alert severity="info" variant="outlined" sx={{ mb: 2 }}>{translate(`rx.promotions.settings_note.${type}`)}</Alert>
      )}
    </Box>
  );
};
