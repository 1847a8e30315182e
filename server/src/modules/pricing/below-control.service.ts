import { fenToYuan } from '../../../../shared/money';
import type { ServiceContext } from '../../http/context';
import type { ListQuery, ListSpec } from '../../http/simple-rest';
import { listInMemory } from '../../http/in-memory-list';
import { refreshExpiredPrices } from './current-prices';

export const belowControlList: ListSpec = {
  defaultSort: ['gap_pct', 'ASC'],
  search: [],
  fields: {
    id: { type: 'string' },
    sku_id: { type: 'integer' },
    product_id: { type: 'integer' },
    channel_id: { type: 'integer' },
    channel_type: { type: 'string', enum: ['online', 'offline'] },
    price: { type: 'number' },
    gap_pct: { type: 'number' },
    sku_code: { type: 'string' },
  },
};

export interface BelowControlRow {
  /** `<sku_id>:<channel_id>`: one row per cell. */
  id: string;
  sku_id: number;
  sku_code: string;
  sku_name: string;
  product_id: number;
  generic_name: string;
  channel_id: number;
  channel_name: string;
  channel_type: 'online' | 'offline';
  price: number;
  unit_price: number;
  control_price: number;
  /** Price less control price, in yuan (negative). */
  gap: number;
  /** gap / control price (−0.1 = 10% below). */
  gap_pct: number;
}

/** Every SKU and channel whose price in force now sits below the SKU's control price: one set-based query. */
export async function belowControlReport(ctx: ServiceContext, q?: string): Promise<BelowControlRow[]> {
  const { db, user } = ctx;
  await refreshExpiredPrices(db, user.orgId);
  const rows = await db('channel_price_current as cpc')
    .join('skus', 'skus.id', 'cpc.sku_id')
    .join('products', 'products.id', 'skus.product_id')
    .join('channels', 'channels.id', 'cpc.channel_id')
    .join('price_policies as pp', (j) => j.on('pp.org_id', 'cpc.org_id').andOn('pp.sku_id', 'cpc.sku_id'))
    .where('cpc.org_id', user.orgId)
    .whereNotNull('cpc.price')
    .andWhere('channels.active', true)
    .andWhereRaw('cpc.price < pp.control_price')
    .modify((query) => {
      if (!q) return;
      const like = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere((w) => w
        .whereRaw("LOWER(skus.code) LIKE ? ESCAPE '\\'", [like])
        .orWhereRaw("LOWER(skus.name) LIKE ? ESCAPE '\\'", [like])
        .orWhereRaw("LOWER(products.generic_name) LIKE ? ESCAPE '\\'", [like])
        .orWhereRaw("LOWER(channels.name) LIKE ? ESCAPE '\\'", [like]));
    })
    .select(
      'cpc.sku_id', 'cpc.channel_id', 'cpc.price', 'pp.control_price', 'skus.code as sku_code', 'skus.name as sku_name', 'skus.units_per_pack',
      'skus.product_id', 'products.generic_name', 'channels.name as channel_name', 'channels.type as channel_type',
    );
  return rows.map((r: Record<string, unknown>) => {
    const price = Number(r.price);
    const control = Number(r.control_price);
    return {
      id: `${r.sku_id}:${r.channel_id}`,
      sku_id: Number(r.sku_id),
      sku_code: r.sku_code as string,
      sku_name: r.sku_name as string,
      product_id: Number(r.product_id),
      generic_name: r.generic_name as string,
      channel_id: Number(r.channel_id),
      channel_name: r.channel_name as string,
      channel_type: r.channel_type as 'online' | 'offline',
      price: fenToYuan(price),
      unit_price: Math.round((price / Number(r.units_per_pack)) * 100) / 10000,
      control_price: fenToYuan(control),
      gap: fenToYuan(price - control),
      gap_pct: Math.round(((price - control) / control) * 10000) / 10000,
    };
  });
}

/** The report as a simple-rest list (breaches are few next to prices, so filtered and sorted in memory). */
export async function listBelowControl(ctx: ServiceContext, query: ListQuery) {
  return listInMemory(await belowControlReport(ctx, query.q), query);
}
