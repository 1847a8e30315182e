/** The custom route of a seller's printable evidence package. */
export const EVIDENCE_PACKAGE_PATH = '/sellers/:id/evidence-package';
export const evidencePackagePath = (sellerId: number | string) => `/sellers/${sellerId}/evidence-package`;
