import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ApiError, commitOf, pricingApi, type ImportCommit, type ImportJob, type ImportMapping, type ImportMappingBody, type ImportPreview, type ImportUpload,
} from './api';
import { businessToday } from './dates';
import { importJobState } from './importJobState';

export type ImportStep = 'upload' | 'mapping' | 'preview' | 'commit';

const POLL_MS = 500;

/** A 409 that means "someone else is committing (or committed) this import": watch it instead of failing. */
const FOLLOW_KEYS = new Set(['import_in_progress', 'import_claim_lost', 'import_already_committed']);

const mappingFrom = (upload: ImportUpload): ImportMapping => ({
  layout: upload.suggested_mapping.layout ?? 'long',
  channel_columns: upload.suggested_mapping.channel_columns ?? [],
  sku: upload.suggested_mapping.sku ?? '',
  channel: upload.suggested_mapping.channel ?? '',
  price: upload.suggested_mapping.price ?? '',
  effective_from: upload.suggested_mapping.effective_from ?? null,
  default_effective_from: upload.suggested_mapping.effective_from ? null : businessToday(),
  reason: '',
});

/** What the import endpoints expect: a default date only when no column holds dates, no empty reason. */
const requestBody = (m: ImportMapping): ImportMappingBody => ({
  ...m,
  channel: m.layout === 'long' ? m.channel : null,
  price: m.layout === 'long' ? m.price : null,
  channel_columns: m.layout === 'wide' ? m.channel_columns : null,
  default_effective_from: m.effective_from ? null : m.default_effective_from || null,
  reason: m.reason?.trim() || null,
});

/**
 * Upload → column mapping → preview → commit (polling progress from the job), with errors kept per
 * step. A commit another request runs (a double-click, another tab) is followed to its end; a
 * failed one can be resumed.
 */
export function useImportWizard() {
  const [step, setStep] = useState<ImportStep>('upload');
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [mapping, setMappingState] = useState<ImportMapping | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportCommit | null>(null);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  /** The job being committed and the mapping a resume sends (the server keeps the first one anyway). */
  const [target, setTarget] = useState<{ id: number; mapping: ImportMappingBody | null } | null>(null);
  const [following, setFollowing] = useState(false);
  const [stalled, setStalled] = useState(false);
  const poller = useRef<ReturnType<typeof setInterval> | null>(null);
  const ownRequest = useRef(false);

  const stopPolling = useCallback(() => {
    if (poller.current) clearInterval(poller.current);
    poller.current = null;
  }, []);
  useEffect(() => stopPolling, [stopPolling]);

  /** Shows a watched job; true once it is at rest (finished or needing a resume). */
  const settle = useCallback((job: ImportJob): boolean => {
    setProgress({ done: job.processed_rows, total: job.total_rows });
    const state = importJobState(job);
    if (state === 'running') return false;
    if (state === 'done') setResult(commitOf(job));
    setFollowing(false);
    setStalled(state === 'stalled');
    return true;
  }, []);

  const watch = useCallback((id: number) => {
    stopPolling();
    const tick = () => pricingApi.getImport(id).then((job) => {
      if (ownRequest.current) setProgress({ done: job.processed_rows, total: job.total_rows });
      else if (settle(job)) stopPolling();
    }, () => undefined);
    poller.current = setInterval(tick, POLL_MS);
    if (!ownRequest.current) void tick();
  }, [settle, stopPolling]);

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  const uploadFile = (file: File) =>
    run(async () => {
      const uploaded = await pricingApi.uploadImport(file);
      setUpload(uploaded);
      setMappingState(mappingFrom(uploaded));
      setPreview(null);
      setStep('mapping');
    });

  const setMapping = (patch: Partial<ImportMapping>) => {
    setMappingState((m) => (m ? { ...m, ...patch } : m));
    setPreview(null);
  };

  const check = () =>
    run(async () => {
      setPreview(await pricingApi.previewImport(upload!.id, requestBody(mapping!)));
      setStep('preview');
    });

  const commitJob = async (id: number, body: ImportMappingBody, total: number) => {
    setTarget({ id, mapping: body });
    setStep('commit');
    setResult(null);
    setFollowing(false);
    setStalled(false);
    setError(null);
    setProgress((p) => ({ done: p.total === total ? p.done : 0, total }));
    setBusy(true);
    ownRequest.current = true;
    watch(id);
    try {
      const answer = await pricingApi.commitImport(id, body);
      stopPolling();
      setProgress({ done: total, total });
      setResult(answer);
    } catch (e) {
      ownRequest.current = false;
      if (e instanceof ApiError && e.status === 409 && FOLLOW_KEYS.has(e.key ?? '')) {
        setFollowing(true);
        watch(id);
        return;
      }
      stopPolling();
      const job = await pricingApi.getImport(id).catch(() => null);
      if (job && job.status !== 'uploaded' && importJobState(job) !== 'gone') {
        // The request failed but the job tells the story: finished, still running (a dropped connection) or resumable.
        if (!settle(job)) {
          setFollowing(true);
          watch(id);
        } else if (job.status !== 'committed') setError(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      setStep(preview ? 'preview' : 'upload');
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      ownRequest.current = false;
      setBusy(false);
    }
  };

  const commit = () => commitJob(upload!.id, requestBody(mapping!), upload!.total_rows);

  /** Commits again after a failure: the server resumes after the rows already written. */
  const resume = () => {
    if (target?.mapping) void commitJob(target.id, target.mapping, progress.total);
  };

  /** Shows an import from the recent list in the commit step: follows it, or offers a resume. */
  const open = (id: number) =>
    run(async () => {
      const job = await pricingApi.getImport(id);
      setTarget({ id, mapping: job.mapping ?? null });
      setResult(null);
      setStep('commit');
      if (!settle(job)) {
        setFollowing(true);
        watch(id);
      }
    });

  const back = () => {
    setError(null);
    setStep(step === 'preview' ? 'mapping' : 'upload');
  };

  return {
    step, upload, mapping, preview, result, progress, busy, error, following, stalled,
    canResume: stalled && !!target?.mapping,
    uploadFile, setMapping, check, commit, resume, open, back,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
