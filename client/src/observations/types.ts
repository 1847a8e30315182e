import type { RaRecord } from 'react-admin';
import type { ViolationKind } from '../../../shared/compliance';

/** GET /api/price-observations/:id */
export interface ObservationRecord extends RaRecord {
  id: number;
  channel_id: number;
  sku_id: number;
  seller_id: number | null;
  store_name: string | null;
  price: number;
  observed_at: string;
  url: string | null;
  evidence_id: number | null;
  evidence_type: string | null;
  source: 'manual' | 'import' | 'api';
  external_id: string | null;
  compliant: boolean;
  breaches: ViolationKind[];
  created_at: string;
}

/** POST /api/evidence */
export interface EvidenceFile {
  id: number;
  content_type: string;
  size: number;
  original_name: string | null;
}
