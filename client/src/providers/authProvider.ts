import type { AuthProvider } from 'react-admin';
import { canAccess, type Action } from '../../../shared/permissions';
import type { Me } from '../types';

/** A failed login: the server's message and status (401 wrong credentials, 429 throttled). */
export class LoginError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const ACTIONS: Record<string, Action> = {
  list: 'list',
  show: 'show',
  create: 'create',
  edit: 'edit',
  delete: 'delete',
  clone: 'create',
  export: 'list',
};

let me: Promise<Me> | null = null;

function auth(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`/api/auth/${path}`, {
    credentials: 'include',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    ...init,
  });
}

/** The signed-in user, fetched once per session and shared by every permission check. */
function currentUser(): Promise<Me> {
  if (!me) {
    const pending = auth('me').then(async (res) => {
      if (!res.ok) throw Object.assign(new Error('Not signed in'), { status: res.status });
      return (await res.json()) as Me;
    });
    pending.catch(() => {
      if (me === pending) me = null;
    });
    me = pending;
  }
  return me;
}

/** Session-cookie auth against /api/auth; permissions come from shared/permissions.ts. */
export const authProvider: AuthProvider = {
  async login({ email, password }: { email: string; password: string }) {
    const res = await auth('login', { method: 'POST', body: JSON.stringify({ email, password }) });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new LoginError(body.message ?? res.statusText, res.status);
    me = Promise.resolve(body as Me);
  },
  async logout() {
    me = null;
    await auth('logout', { method: 'POST' }).catch(() => undefined);
  },
  async checkAuth() {
    try {
      await currentUser();
    } catch {
      throw { message: false };
    }
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      me = null;
      throw error;
    }
  },
  async getIdentity() {
    const user = await currentUser();
    return { ...user, id: user.id, fullName: user.fullName };
  },
  async getPermissions() {
    return (await currentUser().catch(() => null))?.role;
  },
  async canAccess({ resource, action }) {
    const user = await currentUser().catch(() => null);
    const mapped = ACTIONS[action];
    return !!user && !!mapped && canAccess(user.role, resource, mapped);
  },
};
