import { useGetList } from 'react-admin';

const REFRESH_MS = 30_000;
const ONE = { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' as const } };

/** How many price requests and promotions wait for approval (the lists' totals), refreshed every 30 s. */
export function usePendingApprovalsCount(): number {
  const prices = useGetList('channel-prices', { ...ONE, filter: { status: 'pending' } }, { refetchInterval: REFRESH_MS });
  const promotions = useGetList('promotions', { ...ONE, filter: { state: 'pending' } }, { refetchInterval: REFRESH_MS });
  return (prices.total ?? 0) + (promotions.total ?? 0);
}
