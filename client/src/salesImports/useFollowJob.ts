import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { salesImportApi, type ImportApi, type SalesImportJob } from './api';

const POLL_MS = 500;
const moving = (job: SalesImportJob | undefined) => job?.status === 'running' || job?.status === 'uploading';

/**
 * An import job, polled while it runs. `follow` shows a job a commit just answered with and keeps
 * polling it; with `initialId` the job is loaded (and followed) from the start. `api` says where
 * the job lives (sales imports by default, or price-watch sheets).
 */
export function useFollowJob(initialId: number | null = null, api: ImportApi = salesImportApi) {
  const [id, setId] = useState<number | null>(initialId);
  const client = useQueryClient();
  const { data: job } = useQuery({
    queryKey: ['sales-import', api.base, id],
    queryFn: () => api.get(id!),
    enabled: id !== null,
    refetchInterval: (query) => (moving(query.state.data) ? POLL_MS : false),
  });
  const follow = useCallback((next: SalesImportJob) => {
    client.setQueryData(['sales-import', api.base, next.id], next);
    setId(next.id);
  }, [client, api]);
  return { job: job ?? null, follow };
}
