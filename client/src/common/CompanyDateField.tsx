import { DateField, type DateFieldProps } from 'react-admin';
import { useCompanyTimeZone } from './useCompanyTimeZone';
import { useIntlLocale } from './useIntlLocale';

/** A date (or date and time) shown in the company's time zone and the UI language, wherever the browser is. */
export const CompanyDateField = ({ showTime, options, ...props }: DateFieldProps) => {
  const timeZone = useCompanyTimeZone();
  const locales = useIntlLocale();
  const shown: Intl.DateTimeFormatOptions = showTime
    ? { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }
    : { year: 'numeric', month: '2-digit', day: '2-digit' };
  return <DateField {...props} showTime={showTime} locales={locales} options={{ ...shown, ...options, timeZone }} />;
};
