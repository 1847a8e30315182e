import { gtinKey } from '../../../../shared/identifiers';
import type { Db } from '../../db/knex';
import { perDatabase } from '../../db/per-database';

export interface SkuLookup {
  byId(id: number): number | undefined;
  byCode(code: string): number | undefined;
  byGtin(gtin: string): number | undefined;
}

const keptOf = perDatabase(() => new Map<number, { stamp: string; lookup: SkuLookup }>());
const generationsOf = perDatabase(() => new Map<number, number>());

/** A catalogue change committed in this process: the company's kept lookup is never served again. */
export function forgetSkuLookup(db: Db, orgId: number): void {
  generationsOf(db).set(orgId, (generationsOf(db).get(orgId) ?? 0) + 1);
  keptOf(db).delete(orgId);
}

/**
 * The company's SKUs by id, code (case-insensitive) and GTIN, read once for a whole batch and kept
 * until this process changes the catalogue, or another one does (the count and latest edit, one
 * indexed aggregate, say so).
 */
export async function loadSkuLookup(db: Db, orgId: number): Promise<SkuLookup> {
  const generation = generationsOf(db).get(orgId) ?? 0;
  const [{ n, latest }] = await db('skus').where('org_id', orgId).select(db.raw('COUNT(*) as n'), db.raw('MAX(updated_at) as latest'));
  const stamp = `${n}|${latest}`;
  const kept = keptOf(db);
  const hit = kept.get(orgId);
  if (hit?.stamp === stamp) return hit.lookup;
  const lookup = await readSkuLookup(db, orgId);
  // Read before a change this process made meanwhile: used once, not kept.
  if ((generationsOf(db).get(orgId) ?? 0) === generation) {
    if (kept.size > 100) kept.clear();
    kept.set(orgId, { stamp, lookup });
  }
  return lookup;
}

async function readSkuLookup(db: Db, orgId: number): Promise<SkuLookup> {
  const rows: { id: number; code: string; gtin: string | null }[] = await db('skus').where('org_id', orgId).select('id', 'code', 'gtin');
  const ids = new Set(rows.map((r) => Number(r.id)));
  const codes = new Map(rows.map((r) => [r.code.toLowerCase(), Number(r.id)]));
  const gtins = new Map(rows.filter((r) => r.gtin).map((r) => [r.gtin!, Number(r.id)]));
  return {
    byId: (id) => (ids.has(id) ? id : undefined),
    byCode: (code) => codes.get(code.toLowerCase()),
    byGtin: (gtin) => gtins.get(gtinKey(gtin)),
  };
}

/** The SKU an observation names: its id, else its code, else its GTIN. */
export function skuOf(lookup: SkuLookup, o: { sku_id: number | null; sku_code: string | null; gtin: string | null }): number | undefined {
  if (o.sku_id !== null) return lookup.byId(o.sku_id);
  return (o.sku_code ? lookup.byCode(o.sku_code) : undefined) ?? (o.gtin ? lookup.byGtin(o.gtin) : undefined);
}
