import { TextInput, type TextInputProps } from 'react-admin';

/** A time of day typed as HH:MM (24-hour, "24:00" allowed as an end), as slots and windows store it. */
export const ClockInput = (props: TextInputProps) => (
  <TextInput
    placeholder="HH:MM"
    slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 5, 'data-testid': `clock-${props.source}` } }}
    sx={{ width: 110 }}
    helperText={false}
    {...props}
  />
);
