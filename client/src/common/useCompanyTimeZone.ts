import { useQuery } from '@tanstack/react-query';
import { policyApi } from '../policies/api';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The company's time zone (company settings), in which every date and time is shown; China's until loaded. */
export function useCompanyTimeZone(): string {
  const settings = useQuery({ queryKey: ['approval-settings'], queryFn: policyApi.settings, staleTime: 60_000 }).data as
    | { time_zone?: string }
    | undefined;
  return settings?.time_zone ?? DEFAULT_TIME_ZONE;
}
