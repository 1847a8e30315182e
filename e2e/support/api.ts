import { request, type APIRequestContext } from 'playwright-core';
import { DEMO_PASSWORD } from '../pages/LoginPage';

/** A signed-in HTTP client for the API, to set up data without clicking through the UI. */
export async function apiAs(baseUrl: string, email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: baseUrl });
  const res = await api.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  if (!res.ok()) throw new Error(`Login as ${email} failed: ${res.status()} ${await res.text()}`);
  return api;
}

/** Reads a record, changes some fields and saves it (with its version), as the UI would. */
export async function updateRecord(api: APIRequestContext, resource: string, id: number, change: Record<string, unknown>) {
  const current = await api.get(`/api/${resource}/${id}`);
  if (!current.ok()) throw new Error(`GET /api/${resource}/${id}: ${current.status()}`);
  const res = await api.put(`/api/${resource}/${id}`, { data: { ...(await current.json()), ...change } });
  if (!res.ok()) throw new Error(`PUT /api/${resource}/${id}: ${res.status()} ${await res.text()}`);
  return res.json();
}
