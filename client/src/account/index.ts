import { lazy } from 'react';

export { accountMessages } from './i18n';
export { CHANGE_PASSWORD_PATH, ChangePasswordMenuItem } from './ChangePasswordMenuItem';

/** Loaded on first visit, with zxcvbn's dictionary in its own chunk. */
export const ChangePasswordPage = lazy(() => import('./ChangePasswordPage'));
