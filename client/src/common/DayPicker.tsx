import type { SxProps, Theme } from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS, zhCN } from '@mui/x-date-pickers/locales';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useLocaleState } from 'react-admin';

const PICKER_TEXT = {
  zh: zhCN.components.MuiLocalizationProvider.defaultProps.localeText,
  en: enUS.components.MuiLocalizationProvider.defaultProps.localeText,
};

export interface DayPickerProps {
  label: string;
  /** A calendar day, `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange(day: string): void;
  required?: boolean;
  error?: boolean;
  helperText?: string;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
  clearable?: boolean;
  sx?: SxProps<Theme>;
  testId?: string;
}

/**
 * A day picker in the UI language, whatever the browser's: 2026/11/25 and 周一…周日 in Chinese,
 * 11/25/2026 in English. Typing works digit by digit; the value stays a plain `YYYY-MM-DD`.
 */
export const DayPicker = ({ label, value, onChange, required, error, helperText, size, fullWidth, clearable, sx, testId }: DayPickerProps) => {
  const [locale] = useLocaleState();
  const zh = locale.startsWith('zh');
  const parsed = value ? dayjs(value) : null; // YYYY-MM-DD reads as that local day
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={zh ? 'zh-cn' : 'en'} localeText={zh ? PICKER_TEXT.zh : PICKER_TEXT.en}>
      <DatePicker
        label={label}
        value={parsed && parsed.isValid() ? parsed : null}
        onChange={(day) => onChange(day && day.isValid() ? day.format('YYYY-MM-DD') : '')}
        format={zh ? 'YYYY/MM/DD' : 'MM/DD/YYYY'}
        minDate={dayjs('2000-01-01')}
        maxDate={dayjs('2100-12-31')}
        enableAccessibleFieldDOMStructure={false}
        sx={sx}
        slotProps={{
          textField: {
            size, fullWidth, required, error, helperText,
            inputProps: testId ? { 'data-testid': testId } : undefined,
          },
          field: { clearable },
          calendarHeader: { format: zh ? 'YYYY年M月' : 'MMMM YYYY' }, // 2026年11月, not 十一月 2026
        }}
      />
    </LocalizationProvider>
  );
};
