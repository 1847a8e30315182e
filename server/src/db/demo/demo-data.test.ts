import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { Channel, Product, Sku } from '../../../../shared/schemas';
import { RX_CLASSES } from '../../../../shared/enums';
import { huaxin } from './huaxin';
import { kangda } from './kangda';
import type { DemoCompany } from './types';

const companies: DemoCompany[] = [huaxin, kangda];
const allSkus = companies.flatMap((c) => c.products.flatMap((p) => p.skus));

/** "where: field: message; ..." for every record the schema refuses, so a failure names the record. */
function schemaFailures<T>(schema: z.ZodType, records: T[], label: (r: T) => string, input: (r: T) => unknown = (r) => r): string[] {
  return records.flatMap((record) => {
    const result = schema.safeParse(input(record));
    if (result.success) return [];
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '_'}: ${i.message}`).join('; ');
    return [`${label(record)}: ${issues}`];
  });
}

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('demo data', () => {
  describe.each(companies.map((c) => [c.name, c] as const))('%s', (_name, company) => {
    test('should pass the shared Product schema for every product', () => {
      const failures = schemaFailures(Product, company.products, (p) => p.generic_name, ({ skus: _skus, ...p }) => p);
      expect(failures).toEqual([]);
    });

    test('should pass the shared Sku schema for every SKU', () => {
      const skus = company.products.flatMap((p) => p.skus);
      expect(schemaFailures(Sku, skus, (s) => s.code, (s) => ({ ...s, product_id: 1 }))).toEqual([]);
    });

    test('should pass the shared Channel schema for every channel', () => {
      expect(schemaFailures(Channel, company.channels, (c) => c.code)).toEqual([]);
    });

    test('should give every product SKUs in one unit with roughly consistent per-unit prices', () => {
      const odd = company.products.flatMap((p) => {
        const units = new Set(p.skus.map((s) => s.unit));
        const perUnit = p.skus.map((s) => Number(s.guide_price) / s.units_per_pack);
        const spread = Math.max(...perUnit) / Math.min(...perUnit);
        return p.skus.length === 0 || units.size !== 1 || spread > 1.6 ? [`${p.generic_name}: units ${[...units]}, spread ${spread.toFixed(2)}`] : [];
      });
      expect(odd).toEqual([]);
    });

    test('should keep channel codes and drug approval numbers unique within the company', () => {
      expect(duplicates(company.channels.map((c) => c.code))).toEqual([]);
      expect(duplicates(company.products.flatMap((p) => (p.approval_number ? [p.approval_number] : [])))).toEqual([]);
    });
  });

  test('should keep SKU codes and GTINs unique across both companies', () => {
    expect(duplicates(allSkus.map((s) => s.code))).toEqual([]);
    expect(duplicates(allSkus.flatMap((s) => (s.gtin ? [s.gtin] : [])))).toEqual([]);
    expect(allSkus.every((s) => s.gtin)).toBe(true);
  });

  test('should give Huaxin a full catalog and every kind of channel', () => {
    const skus = huaxin.products.flatMap((p) => p.skus);
    expect(huaxin.products.length).toBeGreaterThanOrEqual(50);
    expect(skus.length).toBeGreaterThanOrEqual(120);
    expect(huaxin.channels.length).toBeGreaterThanOrEqual(10);

    const platforms = huaxin.channels.map((c) => c.platform);
    for (const platform of ['jd', 'pinduoduo', 'meituan', 'yaoshibang', 'own_store', 'pharmacy_chain', 'hospital']) {
      expect(platforms, platform).toContain(platform);
    }
    expect(platforms.some((p) => p === 'tmall' || p === 'alihealth')).toBe(true);
    expect(platforms.filter((p) => p === 'distributor').length).toBeGreaterThanOrEqual(2);
  });

  test('should give at least 10 Huaxin products both an online-only and an offline-only pack', () => {
    const split = huaxin.products.filter((p) => {
      const scopes = p.skus.map((s) => s.channel_scope);
      return scopes.includes('online') && scopes.includes('offline');
    });
    expect(split.length).toBeGreaterThanOrEqual(10);
  });

  test('should cover every rx_class and include cold-chain products at Huaxin', () => {
    const classes = new Set(huaxin.products.map((p) => p.rx_class));
    expect([...classes].sort()).toEqual([...RX_CLASSES].sort());
    expect(huaxin.products.filter((p) => p.storage === 'cold_chain').length).toBeGreaterThan(0);
  });
});
