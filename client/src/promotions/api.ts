import type { PromotionRecord } from './types';

/** A refused workflow call: the server's English message, with its key and parameters for the reader's language. */
export class PromotionApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly key?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
  }
}

async function post(path: string, body: unknown = {}): Promise<PromotionRecord> {
  const res = await fetch(`/api/promotions${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await res.json().catch(() => ({}));
  if (!res.ok) throw new PromotionApiError(answer.message ?? res.statusText, res.status, answer.key, answer.params);
  return answer as PromotionRecord;
}

/** The promotion workflow beyond simple-rest: submit, approve, reject, cancel. */
export const promotionApi = {
  submit: (id: number) => post(`/${id}/submit`),
  approve: (id: number, note?: string) => post(`/${id}/approve`, note ? { note } : {}),
  reject: (id: number, note: string) => post(`/${id}/reject`, { note }),
  cancel: (id: number) => post(`/${id}/cancel`),
};
