import type { SellerRecord } from '../sellers/types';

export interface PackageObservation {
  id: number;
  sku_code: string;
  sku_name: string;
  pack_desc?: string | null;
  price: number;
  observed_at: string;
  url: string | null;
  evidence_id: number | null;
  evidence_type: string | null;
  store_name: string | null;
}

export interface PackageViolation {
  id: number;
  kind: string;
  sku_code?: string;
  sku_name?: string;
  /** Not sent today; shown when the server adds them. */
  expected?: number | null;
  actual?: number | null;
  gap_pct?: number | null;
  occurrences: number;
  status: string;
  first_seen_at: string;
  last_seen_at: string;
}

/** GET /api/sellers/:id/evidence-package */
export interface EvidencePackage {
  seller: SellerRecord;
  channel: { id: number; name: string; platform: string; operated_by?: string };
  generated_at: string;
  time_zone: string;
  company?: string | null;
  observations: PackageObservation[];
  violations: PackageViolation[];
  contacts?: unknown[];
}
