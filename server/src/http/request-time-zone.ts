import { AsyncLocalStorage } from 'node:async_hooks';
import { DEFAULT_TIME_ZONE, setCompanyTimeZoneSource } from '../../../shared/instants';

const requestZone = new AsyncLocalStorage<string>();

// Shared input parsing (zod's Instant, "today") asks for the company time zone: answer with the one of
// the request being served, so one tenant's "2026-12-01" is its own midnight.
setCompanyTimeZoneSource(() => requestZone.getStore() ?? DEFAULT_TIME_ZONE);

/** Runs the rest of a request in its company's time zone. */
export function inTimeZone<T>(timeZone: string, work: () => T): T {
  return requestZone.run(timeZone, work);
}
