import { ApiError } from '../prices/api';
import type { SellerContact } from './types';

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`/api/sellers${path}`, {
    credentials: 'include',
    ...init,
    headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(body.message ?? res.statusText, res.status, body.errors ?? {}, body.key, body.params);
  return body as T;
}

export const sellerApi = {
  contacts: (id: number) => request<SellerContact[]>(`/${id}/contacts`),
  addContact: (id: number, contact: { kind: string; note: string; at?: string | null }) =>
    request<SellerContact>(`/${id}/contacts`, { method: 'POST', body: JSON.stringify(contact) }),
};
