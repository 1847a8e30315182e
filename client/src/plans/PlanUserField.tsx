import { useQuery } from '@tanstack/react-query';
import { useRecordContext, type FieldProps } from 'react-admin';
import { fetchJson } from '../sales/api';

/** The salesperson by name, from the plans' own list of salespeople (not every role may read users). */
export const PlanUserField = ({ source }: FieldProps) => {
  const record = useRecordContext();
  const { data: people = [] } = useQuery({
    queryKey: ['salespeople'], queryFn: () => fetchJson<{ id: number; name: string }[]>('/api/sales-plans/salespeople'), staleTime: 60_000,
  });
  const id = record?.[source];
  if (!id) return <>—</>;
  return <>{people.find((p) => p.id === id)?.name ?? `#${id}`}</>;
};
