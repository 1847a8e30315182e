import { useGetMany, useTranslate } from 'react-admin';
import type { SalesRow } from '../sales/api';

export const MEASURES = ['amount', 'net_amount', 'qty', 'orders', 'avg_unit_price'] as const;
export type Measure = (typeof MEASURES)[number];

export type DimensionNames = (dim: string, value: unknown) => string;

const idsOf = (rows: SalesRow[], key: 'channel_id' | 'sku_id' | 'product_id') =>
  [...new Set(rows.map((r) => r[key]).filter((v): v is number => typeof v === 'number'))];

/** How a group key reads: channels, SKUs and products by name, enums in the UI language, no province as "Unknown". */
export function useDimensionNames(rows: SalesRow[]): DimensionNames {
  const translate = useTranslate();
  const channelIds = idsOf(rows, 'channel_id');
  const skuIds = idsOf(rows, 'sku_id');
  const productIds = idsOf(rows, 'product_id');
  const { data: channels = [] } = useGetMany('channels', { ids: channelIds }, { enabled: channelIds.length > 0 });
  const { data: skus = [] } = useGetMany('skus', { ids: skuIds }, { enabled: skuIds.length > 0 });
  const { data: products = [] } = useGetMany('products', { ids: productIds }, { enabled: productIds.length > 0 });
  return (dim, value) => {
    if (value === null || value === undefined || value === '') {
      return translate(dim === 'promotion_id' ? 'rx.salesReport.none' : 'rx.salesReport.unknown');
    }
    switch (dim) {
      case 'channel_id': return channels.find((c) => c.id === value)?.name ?? `#${value}`;
      case 'sku_id': {
        const sku = skus.find((s) => s.id === value);
        return sku ? `${sku.code} · ${sku.name}` : `#${value}`;
      }
      case 'product_id': return products.find((p) => p.id === value)?.generic_name ?? `#${value}`;
      case 'channel_type': return translate(`resources.channels.choices.type.${value}`);
      case 'customer_type': return translate(`resources.orders.choices.customer_type.${value}`);
      case 'flow': return translate(`resources.orders.choices.flow.${value}`);
      default: return String(value);
    }
  };
}
