import { useGetList } from 'react-admin';

const REFRESH_MS = 30_000;

/** How many price requests wait for approval (the list's total), refreshed every 30 s. */
export function usePendingApprovalsCount(): number {
  const { total } = useGetList(
    'channel-prices',
    { filter: { status: 'pending' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } },
    { refetchInterval: REFRESH_MS },
  );
  return total ?? 0;
}
