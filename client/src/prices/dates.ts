import { companyTimeZone } from '../../../shared/instants';

/** Today's date (YYYY-MM-DD) in the company's time zone, the default start of a price change. */
export function businessToday(now = new Date(), timeZone = companyTimeZone()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
