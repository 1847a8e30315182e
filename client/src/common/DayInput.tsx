import { useInput, useResourceContext, useTranslateLabel } from 'react-admin';
import { DayPicker } from './DayPicker';

/** react-admin input (forms and list filters) for a calendar day, with a picker in the UI language. */
export const DayInput = ({ source, label }: { source: string; label?: string; alwaysOn?: boolean }) => {
  const { field, fieldState } = useInput({ source });
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext();
  return (
    <DayPicker
      size="small"
      clearable
      label={String(translateLabel({ label, source, resource }))}
      value={typeof field.value === 'string' ? field.value.slice(0, 10) : ''}
      onChange={(day) => field.onChange(day || undefined)}
      error={!!fieldState.error}
      helperText={fieldState.error?.message}
      sx={{ width: 180, mb: '4px' }}
      testId={`day-input-${source}`}
    />
  );
};
