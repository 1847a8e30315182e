import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS, zhCN } from '@mui/x-date-pickers/locales';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useInput, useLocaleState, useResourceContext, useTranslateLabel } from 'react-admin';

/**
 * react-admin input for an instant (stored as an ISO string in UTC), picked as a date and time in
 * the UI language: 2026/11/25 14:30 in Chinese, 11/25/2026 02:30 PM in English.
 */
export const InstantInput = ({ source, label, isRequired }: { source: string; label?: string; isRequired?: boolean }) => {
  const { field, fieldState } = useInput({ source, isRequired });
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext();
  const [locale] = useLocaleState();
  const zh = locale.startsWith('zh');
  const value = typeof field.value === 'string' && field.value ? dayjs(field.value) : null;
  const text = (zh ? zhCN : enUS).components.MuiLocalizationProvider.defaultProps.localeText;
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={zh ? 'zh-cn' : 'en'} localeText={text}>
      <DateTimePicker
        label={String(translateLabel({ label, source, resource }))}
        value={value && value.isValid() ? value : null}
        onChange={(d) => field.onChange(d && d.isValid() ? d.toISOString() : null)}
        format={zh ? 'YYYY/MM/DD HH:mm' : 'MM/DD/YYYY hh:mm A'}
        ampm={!zh}
        enableAccessibleFieldDOMStructure={false}
        slotProps={{
          textField: {
            required: isRequired, error: !!fieldState.error, helperText: fieldState.error?.message ?? ' ', onBlur: field.onBlur,
            inputProps: { 'data-testid': `instant-input-${source}` },
          },
          calendarHeader: { format: zh ? 'YYYY年M月' : 'MMMM YYYY' },
        }}
        sx={{ minWidth: 240 }}
      />
    </LocalizationProvider>
  );
};
