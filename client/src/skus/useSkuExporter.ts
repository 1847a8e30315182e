import { downloadCSV, useTranslate, type Exporter } from 'react-admin';
import type { ProductRecord, SkuRecord } from '../types';
import { toCsv } from './csv';

const COLUMNS = ['code', 'name', 'product_id', 'pack_desc', 'units_per_pack', 'unit', 'gtin', 'channel_scope', 'guide_price', 'status'] as const;

/** CSV of the filtered SKUs with translated headers and choice labels; the product by name. */
export function useSkuExporter(): Exporter<SkuRecord> {
  const translate = useTranslate();
  return async (records, fetchRelatedRecords) => {
    const products = await fetchRelatedRecords<ProductRecord>(records, 'product_id', 'products');
    const productName = (id: number) => {
      const p = products[id];
      return p ? [p.brand_name, p.generic_name, p.strength].filter(Boolean).join(' ') : '';
    };
    const header = COLUMNS.map((field) => translate(`resources.skus.fields.${field}`));
    const choice = (field: string, value: string) => translate(`resources.skus.choices.${field}.${value}`, { _: value });
    const rows = records.map((sku) => [
      sku.code,
      sku.name,
      productName(sku.product_id),
      sku.pack_desc,
      sku.units_per_pack,
      sku.unit,
      sku.gtin,
      choice('channel_scope', sku.channel_scope),
      sku.guide_price.toFixed(2),
      choice('status', sku.status),
    ]);
    downloadCSV(toCsv(header, rows), 'skus');
  };
}
