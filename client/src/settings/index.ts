import { lazy } from 'react';

export { settingsMessages } from './i18n';
export { SETTINGS_PATH, SettingsMenuItem } from './SettingsMenuItem';

/** Loaded on first visit. */
export const CompanySettingsPage = lazy(() => import('./CompanySettingsPage'));
