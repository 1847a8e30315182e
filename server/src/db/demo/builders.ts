import { gtin13CheckDigit } from '../../../../shared/identifiers';
import type { DemoProduct, DemoSku } from './types';

/** One pack specification: code, pack_desc, units_per_pack, unit, channel_scope, guide_price (yuan), GTIN item number, status. */
export type Pack = [string, string, number, string, DemoSku['channel_scope'], number, number, DemoSku['status']?];

/** GTIN-13 from a 7-digit GS1 company prefix and a 5-digit item number. */
export const gtinOf = (companyPrefix: string, item: number) => {
  const first12 = `${companyPrefix}${String(item).padStart(5, '0')}`;
  return `${first12}${gtin13CheckDigit(first12)}`;
};

/** A product builder for one company: each SKU is named as printed on the box (brand, generic name, pack). */
export const productBuilder = (companyPrefix: string) => (p: Omit<DemoProduct, 'skus'>, packs: Pack[]): DemoProduct => ({
  ...p,
  skus: packs.map(([code, pack_desc, units_per_pack, unit, channel_scope, guide_price, item, status = 'active']) => ({
    code, name: [p.brand_name, p.generic_name, pack_desc].filter(Boolean).join(' '), pack_desc, units_per_pack, unit,
    gtin: gtinOf(companyPrefix, item), channel_scope, guide_price, status,
  })),
});
