import type { PromotionRecord } from './types';

/** The item columns of the export, after the promotion's own and the SKU's. */
export const EXPORT_ITEM_FIELDS = [
  'promo_price', 'discount_pct', 'leader_price', 'stock_limit', 'sold', 'per_customer_limit', 'per_order_limit',
  'group_size', 'group_window_hours', 'auto_fill_pct', 'tiers',
] as const;

export interface ExportLookups {
  channelName: (id: number) => string;
  sku: (id: number) => { code: string; name: string } | undefined;
  /** An instant in the company's time zone, in the reader's language. */
  instant: (at: string) => string;
  /** A translated choice label (`type`, `state`). */
  choice: (field: 'type' | 'state', value: string) => string;
}

const money = (yuan: number | null) => (yuan === null ? null : yuan.toFixed(2));

/**
 * One row per promotion and SKU, as staff read it in Excel: names not ids, labels in their language,
 * times on the company's clock, money to the fen, tiers as "10: 9.50; 50: 9.00". A promotion without
 * SKUs still gets its row.
 */
export function promotionExportRows(records: PromotionRecord[], look: ExportLookups): unknown[][] {
  return records.flatMap((p) => {
    const head = [
      p.name, look.choice('type', p.type), look.choice('state', p.state), p.channel_ids.map(look.channelName).join('、'),
      look.instant(p.start_at), look.instant(p.end_at), money(p.budget),
    ];
    if (!p.items.length) return [[...head, ...Array(2 + EXPORT_ITEM_FIELDS.length).fill(null)]];
    return p.items.map((item) => {
      const sku = look.sku(item.sku_id);
      const values = EXPORT_ITEM_FIELDS.map((field) => {
        if (field === 'tiers') return item.tiers?.map((t) => `${t.min_qty}: ${t.unit_price.toFixed(2)}`).join('; ') ?? null;
        if (field === 'promo_price' || field === 'leader_price') return money(item[field]);
        return item[field];
      });
      return [...head, sku?.code ?? `#${item.sku_id}`, sku?.name ?? null, ...values];
    });
  });
}
