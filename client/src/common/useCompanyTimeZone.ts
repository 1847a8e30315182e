import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { DEFAULT_TIME_ZONE, setCompanyTimeZoneSource } from '../../../shared/instants';
import { policyApi } from '../policies/api';

/** The company's time zone (company settings), in which every date and time is shown; China's until loaded. */
export function useCompanyTimeZone(): string {
  const settings = useQuery({ queryKey: ['approval-settings'], queryFn: policyApi.settings, staleTime: 60_000 }).data;
  const timeZone = settings?.time_zone ?? DEFAULT_TIME_ZONE;
  // Plain functions (today's date, bare dates) read the same zone.
  useEffect(() => setCompanyTimeZoneSource(() => timeZone), [timeZone]);
  return timeZone;
}
