import { useQuery } from '@tanstack/react-query';

export interface Assignee { id: number; name: string; role?: string }

/** Who may take a violation: the company's active users, from `GET /api/violations/assignees` (managers and admins). */
export function useAssignees(): { data: Assignee[]; isPending: boolean } {
  const { data, isPending } = useQuery({
    queryKey: ['violations', 'assignees'],
    queryFn: async (): Promise<Assignee[]> => {
      const res = await fetch('/api/violations/assignees', { credentials: 'include', headers: { Accept: 'application/json' } });
      return res.ok ? res.json() : [];
    },
    staleTime: 60_000,
  });
  return { data: data ?? [], isPending };
}
