import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, pricingApi, type ImportCommit, type ImportMapping, type ImportPreview, type ImportUpload } from './api';
import { businessToday } from './dates';

export type ImportStep = 'upload' | 'mapping' | 'preview' | 'commit';

const POLL_MS = 500;

const mappingFrom = (upload: ImportUpload): ImportMapping => ({
  sku: upload.suggested_mapping.sku ?? '',
  channel: upload.suggested_mapping.channel ?? '',
  price: upload.suggested_mapping.price ?? '',
  effective_from: upload.suggested_mapping.effective_from ?? null,
  default_effective_from: upload.suggested_mapping.effective_from ? null : businessToday(),
  reason: '',
});

/** What the import endpoints expect: a default date only when no column holds dates, no empty reason. */
const requestBody = (m: ImportMapping): ImportMapping => ({
  ...m,
  default_effective_from: m.effective_from ? null : m.default_effective_from || null,
  reason: m.reason?.trim() || null,
});

/** Upload → column mapping → preview → commit (polling progress), with errors kept per step. */
export function useImportWizard() {
  const [step, setStep] = useState<ImportStep>('upload');
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [mapping, setMappingState] = useState<ImportMapping | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportCommit | null>(null);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const poller = useRef<ReturnType<typeof setInterval> | null>(null);

  const stopPolling = useCallback(() => {
    if (poller.current) clearInterval(poller.current);
    poller.current = null;
  }, []);
  useEffect(() => stopPolling, [stopPolling]);

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

  const commit = () => {
    const id = upload!.id;
    setStep('commit');
    setProgress({ done: 0, total: upload!.total_rows });
    poller.current = setInterval(() => {
      pricingApi.getImport(id).then((job) => setProgress({ done: job.processed_rows, total: job.total_rows }), () => undefined);
    }, POLL_MS);
    return run(async () => {
      try {
        setResult(await pricingApi.commitImport(id, requestBody(mapping!)));
      } catch (e) {
        setStep('preview');
        throw e;
      } finally {
        stopPolling();
      }
    });
  };

  const back = () => {
    setError(null);
    setStep(step === 'preview' ? 'mapping' : 'upload');
  };

  return { step, upload, mapping, preview, result, progress, busy, error, uploadFile, setMapping, check, commit, back };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
