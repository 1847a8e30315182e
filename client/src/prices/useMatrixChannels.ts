import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import type { MatrixChannel } from './types';

const EMPTY: MatrixChannel[] = [];

/** Active channels, online ones first, each type by name: the matrix's columns. */
export function useMatrixChannels() {
  const { data, isPending, error } = useGetList<MatrixChannel>('channels', {
    filter: { active: true },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  const channels = useMemo(() => (data ? data.map(({ id, name, code, type }) => ({ id, name, code, type })) : EMPTY), [data]);
  return { channels, isPending, error };
}
