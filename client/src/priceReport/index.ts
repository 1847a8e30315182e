import { lazy } from 'react';

export { reportMessages } from './i18n';
export { PRICE_REPORT_PATH, ReportMenuItem } from './ReportMenuItem';

/** Loaded on first visit. */
export const PriceReportPage = lazy(() => import('./PriceReportPage'));
