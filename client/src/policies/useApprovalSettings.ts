import { useQuery } from '@tanstack/react-query';
import { policyApi } from './api';

/** Whether a second approver is required and how many approvers the company has. */
export function useApprovalSettings() {
  return useQuery({ queryKey: ['approval-settings'], queryFn: policyApi.settings, staleTime: 60_000 }).data;
}
