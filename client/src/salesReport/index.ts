import { lazy } from 'react';

export { SALES_REPORT_PATH } from './reportPath';
export { SalesReportMenuItem } from './SalesReportMenuItem';

/** Loaded on first visit (charts and the grid are not part of the app shell). */
export const SalesReportPage = lazy(() => import('./SalesReportPage'));
