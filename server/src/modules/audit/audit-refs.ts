import type { ServiceContext } from '../../http/context';

type Row = Record<string, unknown>;

/** Which table an id field of an audited record points at, and the column that names a row there. */
const REFERENCE_FIELDS: Record<string, { table: string; label: string }> = {
  sku_id: { table: 'skus', label: 'code' },
  channel_id: { table: 'channels', label: 'name' },
  product_id: { table: 'products', label: 'generic_name' },
  requested_by: { table: 'users', label: 'name' },
  approved_by: { table: 'users', label: 'name' },
  user_id: { table: 'users', label: 'name' },
  created_by: { table: 'users', label: 'name' },
  owner_user_id: { table: 'users', label: 'name' },
};

/** The table and naming column of each audited resource, so a row can say which record it was. */
const RECORD_TABLES: Record<string, { table: string; label: string }> = {
  products: { table: 'products', label: 'generic_name' },
  skus: { table: 'skus', label: 'code' },
  channels: { table: 'channels', label: 'name' },
  users: { table: 'users', label: 'name' },
  orders: { table: 'orders', label: 'order_no' },
  'sales-plans': { table: 'sales_plans', label: 'month' },
};

export type AuditRefs = Record<string, Record<string, string>>;

/**
 * Names for the ids a page of audit rows mentions (SKU codes, channel and user names), looked up in
 * one query per table and the caller's tenant only, so the log reads "AMX-24 on 京东" rather than
 * "sku_id 12, channel_id 3". A deleted record keeps its name from the row's own before/after.
 */
export async function auditRefs(ctx: ServiceContext, rows: Row[]): Promise<{ refs: AuditRefs; labels: Map<number, string | null> }> {
  const wanted = new Map<string, { label: string; ids: Set<number> }>();
  const want = (table: string, label: string, id: unknown) => {
    if (typeof id !== 'number' || !Number.isInteger(id)) return;
    if (!wanted.has(table)) wanted.set(table, { label, ids: new Set() });
    wanted.get(table)!.ids.add(id);
  };
  for (const row of rows) {
    for (const side of [row.before, row.after] as (Row | null)[]) {
      if (!side) continue;
      for (const [field, ref] of Object.entries(REFERENCE_FIELDS)) want(ref.table, ref.label, side[field]);
    }
    const own = RECORD_TABLES[row.resource as string];
    if (own) want(own.table, own.label, row.record_id);
  }
  const refs: AuditRefs = {};
  for (const [table, { label, ids }] of wanted) {
    const found = await ctx.db(table).where('org_id', ctx.user.orgId).whereIn('id', [...ids].slice(0, 1000)).select('id', label);
    refs[table] = Object.fromEntries(found.map((r: Row) => [String(r.id), String(r[label] ?? '')]));
  }
  const labels = new Map<number, string | null>();
  for (const row of rows) {
    const own = RECORD_TABLES[row.resource as string];
    const side = (row.after ?? row.before) as Row | null;
    let label: string | null = own ? refs[own.table]?.[String(row.record_id)] ?? (side?.[own.label] as string | undefined) ?? null : null;
    if (!label && side && typeof side.sku_id === 'number') {
      // Prices and policies: the SKU (and channel) they belong to.
      const sku = refs.skus?.[String(side.sku_id)] ?? (side.sku_code as string | undefined);
      const channel = typeof side.channel_id === 'number' ? refs.channels?.[String(side.channel_id)] ?? (side.channel_name as string | undefined) : undefined;
      label = [sku, channel].filter(Boolean).join(' · ') || null;
    }
    labels.set(row.id as number, label);
  }
  return { refs, labels };
}

/** Only the names one row's before/after mention: `{ sku_id: { "12": "AMX-24" } }`, keyed by field. */
export function refsOf(row: Row, refs: AuditRefs): Record<string, Record<string, string>> {
  const mine: Record<string, Record<string, string>> = {};
  for (const side of [row.before, row.after] as (Row | null)[]) {
    if (!side) continue;
    for (const [field, ref] of Object.entries(REFERENCE_FIELDS)) {
      const id = side[field];
      const name = typeof id === 'number' ? refs[ref.table]?.[String(id)] : undefined;
      if (name !== undefined) (mine[field] ??= {})[String(id)] = name;
    }
  }
  return mine;
}
