import { useMemo } from 'react';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { useIntlLocale } from '../common/useIntlLocale';

/** "2026/11/11 00:00 – 2026/11/13 23:59" (or its English form) in the company's time zone. */
export function usePeriodFormat() {
  const timeZone = useCompanyTimeZone();
  const locale = useIntlLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, {
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone,
    });
    return {
      period: (start: string, end: string) => format.formatRange(new Date(start), new Date(end)),
      instant: (at: string | null | undefined) => (at ? format.format(new Date(at)) : ''),
    };
  }, [locale, timeZone]);
}
