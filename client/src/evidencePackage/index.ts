import { lazy } from 'react';

export { EVIDENCE_PACKAGE_PATH, evidencePackagePath } from './path';

/** Loaded on first visit. */
export const EvidencePackagePage = lazy(() => import('./EvidencePackagePage'));
