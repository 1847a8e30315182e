/** A row of GET /api/pricing/below-control. */
export interface BelowControlRow {
  id: string;
  sku_id: number;
  sku_code: string;
  sku_name: string;
  product_id: number;
  generic_name: string;
  channel_id: number;
  channel_name: string;
  price: number;
  unit_price: number;
  control_price: number;
  gap: number;
  gap_pct: number;
}

/** A row of GET /api/pricing/parity. */
export interface ParityRow {
  id: number;
  product_id: number;
  generic_name: string;
  brand_name: string | null;
  online_unit_price: number | null;
  offline_unit_price: number | null;
  tolerance: number;
  gap_pct: number | null;
  breach: boolean;
  online_channel?: string | null;
  online_sku?: string | null;
  offline_channel?: string | null;
  offline_sku?: string | null;
}
