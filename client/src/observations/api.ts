import { ApiError } from '../prices/api';
import type { EvidenceFile } from './types';

/** Uploads a screenshot or PDF (multipart field `file`) with the session cookie; the answer's id goes into `evidence_id`. */
export async function uploadEvidence(file: File): Promise<EvidenceFile> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch('/api/evidence', { method: 'POST', credentials: 'include', headers: { Accept: 'application/json' }, body: form });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(body.message ?? res.statusText, res.status, body.errors ?? {}, body.key, body.params);
  return body as EvidenceFile;
}
