import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import type { ChannelInfo } from './types';

/** Every channel of the company by id (names, audience), read once and shared by the promotion screens. */
export function useChannelMap(): Map<number, ChannelInfo> {
  const { data } = useGetList<ChannelInfo>(
    'channels',
    { pagination: { page: 1, perPage: 1000 }, sort: { field: 'name', order: 'ASC' } },
    { staleTime: 60_000 },
  );
  return useMemo(() => new Map((data ?? []).map((c) => [c.id, c])), [data]);
}
