import type { RaRecord } from 'react-admin';
import type { Role } from '../../shared/enums';

/** The shape of GET /api/auth/me and of the login response. */
export interface Me {
  id: number;
  email: string;
  fullName: string;
  role: Role;
  locale: 'en' | 'zh';
  organization: { id: number; name: string; kind: string };
}

export interface ProductRecord extends RaRecord {
  generic_name: string;
  brand_name: string | null;
  dosage_form: string;
  strength: string;
  approval_number: string | null;
  rx_class: string;
  storage: string;
  manufacturer: string;
  category: string | null;
  vbp_price: number | null;
  version: number;
}

export interface SkuRecord extends RaRecord {
  product_id: number;
  code: string;
  name: string;
  pack_desc: string;
  units_per_pack: number;
  unit: string;
  gtin: string | null;
  channel_scope: string;
  guide_price: number;
  status: string;
  version: number;
}

export interface AuditLogRecord extends RaRecord {
  user_id: number | null;
  user_email: string | null;
  at: string;
  action: 'create' | 'update' | 'delete';
  resource: string;
  record_id: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Which record, by name (SKU code, channel name, "AMX-24 · 京东"), from the server. */
  record_label?: string | null;
  /** Names of the ids the before/after mention, by field: `{ sku_id: { "12": "AMX-24" } }`. */
  refs?: Record<string, Record<string, string>>;
}
