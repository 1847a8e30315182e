import type { AuthProvider } from 'react-admin';
import { canAccess, type Action } from '../../../shared/permissions';
import type { Me } from '../types';

/** A failed login: the server's message, key and status (401 wrong credentials, 429 throttled, 409 choose a company). */
export class LoginError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly key?: string,
    readonly params?: Record<string, string | number>,
    /** When the email and password open accounts in several companies: the ones to choose from. */
    readonly organizations?: { id: number; name: string }[],
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

/**
 * Saves the console language on the signed-in user's account (so the next login opens in it);
 * nothing to save before sign-in or when it is already theirs.
 */
export async function saveMyLocale(locale: string): Promise<void> {
  const user = me && (await me.catch(() => null));
  if (!user || user.locale === locale) return;
  const res = await auth('me/locale', { method: 'PUT', body: JSON.stringify({ locale }) });
  if (res.ok) me = Promise.resolve((await res.json()) as Me);
}

/** The signed-in user, once a login or session check found one. */
export const signedInUser = (): Promise<Me> => currentUser();

/** POST /api/auth/password for the signed-in user; the caller reads the answer's field errors. */
export function changeOwnPassword(body: { current_password: string; new_password: string }): Promise<Response> {
  return auth('password', { method: 'POST', body: JSON.stringify(body) });
}

/** Session-cookie auth against /api/auth; permissions come from shared/permissions.ts. */
export const authProvider: AuthProvider = {
  async login({ email, password, organization }: { email: string; password: string; organization?: number }) {
    const res = await auth('login', { method: 'POST', body: JSON.stringify({ email, password, organization }) });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new LoginError(body.message ?? res.statusText, res.status, body.key, body.params, body.organizations);
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
