import { lazy } from 'react';

export { COMPLIANCE_PATH } from './drill';
export { ComplianceMenuItem } from './ComplianceMenuItem';

/** The compliance overview, loaded on first visit. */
export const CompliancePage = lazy(() => import('./CompliancePage'));
