import type { RaRecord } from 'react-admin';
import type { ComplaintGround, ViolationKind } from '../../../shared/compliance';

/** GET /api/sellers/:id, with the roll-up the list and show pages carry. */
export interface SellerRecord extends RaRecord {
  id: number;
  channel_id: number;
  name: string;
  shop_id: string | null;
  url: string | null;
  authorized: boolean | null;
  group_name: string | null;
  grounds: ComplaintGround[] | null;
  level: number;
  notes: string | null;
  first_seen_at: string | null;
  last_contact_at: string | null;
  version: number;
  open_violations?: Partial<Record<ViolationKind, number>>;
  open_total?: number;
  repeat_90d?: number;
  observations_90d?: number;
}

export interface SellerContact {
  id: number;
  at: string;
  kind: string;
  note: string;
  user_id?: number | null;
  user_name?: string | null;
}
