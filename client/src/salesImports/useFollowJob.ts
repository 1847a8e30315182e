import { useCallback, useEffect, useRef, useState } from 'react';
import { salesImportApi, type SalesImportJob } from './api';

const POLL_MS = 500;

/** Follows a job by polling `GET /:id` while it runs; `follow` restarts it after a commit. */
export function useFollowJob(initial: SalesImportJob | null) {
  const [job, setJob] = useState<SalesImportJob | null>(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const stop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const follow = useCallback((next: SalesImportJob) => {
    stop();
    setJob(next);
    if (next.status !== 'running' && next.status !== 'uploading') return;
    const tick = () => salesImportApi.get(next.id).then((fresh) => {
      setJob(fresh);
      if (fresh.status === 'running' || fresh.status === 'uploading') timer.current = setTimeout(tick, POLL_MS);
    }, () => { timer.current = setTimeout(tick, POLL_MS * 4); });
    timer.current = setTimeout(tick, POLL_MS);
  }, [stop]);

  useEffect(() => {
    if (initial) follow(initial);
  }, [initial, follow]);

  return { job, follow };
}
