import { useMemo } from 'react';
import { useGetList, useGetMany } from 'react-admin';
import type { SkuInfo } from './types';

export interface SkuFacts {
  sku: SkuInfo;
  /** The product's Rx class (rx, otc_a, otc_b, non_drug), once loaded. */
  rxClass: string | null;
  /** The SKU's promo floor in yuan; null without a policy. */
  floor: number | null;
}

const unique = (ids: readonly (number | null | undefined)[]) => [...new Set(ids.filter((id): id is number => typeof id === 'number'))].sort((a, b) => a - b);

/** The SKUs of a promotion with their products' Rx class and their promo floors: three requests whatever the count. */
export function useSkuFacts(skuIds: readonly (number | null | undefined)[]): Map<number, SkuFacts> {
  const ids = unique(skuIds);
  const { data: skus } = useGetMany<SkuInfo & { id: number }>('skus', { ids }, { enabled: ids.length > 0, placeholderData: (previous) => previous });
  const productIds = unique((skus ?? []).map((s) => s?.product_id));
  const { data: products } = useGetMany<{ id: number; rx_class: string }>('products', { ids: productIds }, { enabled: productIds.length > 0, placeholderData: (previous) => previous });
  const { data: policies } = useGetList<{ id: number; sku_id: number; promo_floor_price: number }>(
    'price-policies',
    { filter: { sku_id: ids }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: ids.length > 0, placeholderData: (previous) => previous },
  );
  return useMemo(() => {
    const rx = new Map((products ?? []).filter(Boolean).map((p) => [p.id, p.rx_class]));
    const floors = new Map((policies ?? []).map((p) => [p.sku_id, p.promo_floor_price]));
    const facts = new Map<number, SkuFacts>();
    for (const sku of skus ?? []) {
      if (!sku) continue;
      facts.set(sku.id, { sku, rxClass: rx.get(sku.product_id) ?? null, floor: floors.get(sku.id) ?? null });
    }
    return facts;
  }, [skus, products, policies]);
}
