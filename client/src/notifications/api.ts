import { renderNotification, notificationMessages } from '../../../shared/notification-messages';

export interface Notification {
  id: number;
  kind: string;
  key: string;
  params: Record<string, string | number>;
  /** The server's rendering in the user's saved language: the fallback for a key this client does not know. */
  message?: string;
  link: string | null;
  read_at: string | null;
  created_at: string;
}

export interface UnreadCount {
  count: number;
  /** Only for approvers: price requests of the company they may decide. */
  pending_approvals?: number;
  pending_promotions?: number;
}

/** react-query keys: everything under `notifications` is refetched after a change. */
export const NOTIFICATIONS_KEY = ['notifications'] as const;
export const UNREAD_COUNT_KEY = ['notifications', 'unread-count'] as const;
export const APPROVALS_PATH = '/channel-prices';

async function call<T>(path: string, method: 'GET' | 'POST' = 'GET'): Promise<T> {
  const res = await fetch(`/api/notifications${path}`, {
    method,
    credentials: 'include',
    headers: { Accept: 'application/json', ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}) },
    body: method === 'POST' ? '{}' : undefined,
  });
  if (!res.ok) throw Object.assign(new Error(`notifications${path}: ${res.status}`), { status: res.status });
  return (await res.json()) as T;
}

export const fetchUnreadCount = () => call<UnreadCount>('/unread-count');
export const markRead = (id: number) => call<Notification>(`/${id}/read`, 'POST');
export const markAllRead = () => call<{ updated: number }>('/read-all', 'POST');

/** A notification in the UI language from its key and params; a key this build lacks shows the server's text. */
export function notificationText(locale: string, notification: Pick<Notification, 'key' | 'params' | 'message'>): string {
  const known = Object.hasOwn(notificationMessages.en, notification.key);
  return known ? renderNotification(locale, notification.key, notification.params) : notification.message ?? notification.key;
}

/** Only paths inside this app are followed (never another origin). */
export const isAppPath = (link: string | null | undefined): link is string => !!link && link.startsWith('/') && !link.startsWith('//');
