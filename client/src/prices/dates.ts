/** Business days and dates are shown in China's time zone, wherever the browser is. */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

/** Today's date (YYYY-MM-DD) in China, the default start of a price change. */
export function businessToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
