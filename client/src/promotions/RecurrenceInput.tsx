import { Box, FormControlLabel, Stack, Switch } from '@mui/material';
import { CheckboxGroupInput, RadioButtonGroupInput, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { ClockInput } from './ClockInput';
import type { RecurrenceValues } from './formValues';
import { everyChoices, weekdayChoices } from './choices';

const DEFAULT_WINDOW: RecurrenceValues = { every: 'daily', weekdays: null, start: '10:00', end: '22:00' };

/** A limited discount may hold only in a daily or weekly window (company time): off by default. */
export const RecurrenceInput = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const recurrence = useWatch({ name: 'recurrence' }) as RecurrenceValues | null;
  return (
    <Box sx={{ mt: 1 }}>
      <FormControlLabel
        control={
          <Switch
            checked={!!recurrence}
            onChange={(e) => setValue('recurrence', e.target.checked ? DEFAULT_WINDOW : null, { shouldDirty: true, shouldValidate: true })}
            data-testid="recurrence-switch"
          />
        }
        label={translate('rx.promotions.recurrence_on')}
      />
      {recurrence && (
        <Box sx={{ pl: 1.5, ml: 2.5, borderLeft: 2, borderColor: 'divider' }}>
          <Stack direction="row" columnGap={3} flexWrap="wrap" alignItems="flex-start">
            <RadioButtonGroupInput source="recurrence.every" label="rx.promotions.every" choices={everyChoices} fullWidth={false} helperText={false} />
            <ClockInput source="recurrence.start" label="rx.promotions.window_start" />
            <ClockInput source="recurrence.end" label="rx.promotions.window_end" />
          </Stack>
          {recurrence.every === 'weekly' && (
            <CheckboxGroupInput source="recurrence.weekdays" label="rx.promotions.weekdays" choices={weekdayChoices} fullWidth={false} />
          )}
        </Box>
      )}
    </Box>
  );
};
