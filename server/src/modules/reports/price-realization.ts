import { fenToYuan } from '../../../../shared/money';
import { dayInZone } from '../../../../shared/instants';
import type { ServiceContext } from '../../http/context';
import { apiError } from '../../http/errors';
import { listInMemory } from '../../http/in-memory-list';
import { nowIso } from '../../http/context';
import type { ListQuery, ListSpec } from '../../http/simple-rest';

export const priceRealizationList: ListSpec = {
  defaultSort: ['gap_pct', 'ASC'],
  search: [],
  fields: {
    id: { type: 'string' },
    sku_id: { type: 'integer' },
    channel_id: { type: 'integer' },
    channel_type: { type: 'string', enum: ['online', 'offline'] },
    qty: { type: 'number' },
    amount: { type: 'number' },
    realized_unit_price: { type: 'number' },
    gap_pct: { type: 'number' },
    below_control: { type: 'boolean' },
    sku_code: { type: 'string' },
  },
  /** Calendar days in the company's zone, inclusive; default: this month so far. */
  custom: { date_gte: 'string', date_lte: 'string' },
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `GET /api/reports/price-realization`: per SKU and channel over a date range, the company's own
 * average realised price per smallest unit (sell-in only: never distributors' resale prices, which
 * the company may not police) against the control price per unit; worst gap first.
 */
export async function listPriceRealization(ctx: ServiceContext, query: ListQuery) {
  const today = dayInZone(nowIso());
  const gte = (query.custom.date_gte as string | undefined) ?? `${today.slice(0, 7)}-01`;
  const lte = (query.custom.date_lte as string | undefined) ?? today;
  for (const [field, day] of [['date_gte', gte], ['date_lte', lte]] as const) {
    if (!DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw apiError(400, 'invalid_input', {}, { [`filter.${field}`]: 'A calendar day such as 2026-11-01' });
  }
  const { db } = ctx;
  const rows = await db('sales_daily as sd')
    .join('skus as s', 's.id', 'sd.sku_id')
    .join('channels as c', 'c.id', 'sd.channel_id')
    .leftJoin('price_policies as pp', (j) => j.on('pp.sku_id', 'sd.sku_id').andOn('pp.org_id', 'sd.org_id'))
    .where({ 'sd.org_id': ctx.user.orgId, 'sd.flow': 'sell_in' })
    .andWhere('sd.day', '>=', gte).andWhere('sd.day', '<=', lte)
    .groupBy('sd.sku_id', 'sd.channel_id', 's.code', 's.name', 's.units_per_pack', 'c.name', 'c.type', 'pp.control_price')
    .select('sd.sku_id', 'sd.channel_id', 's.code as sku_code', 's.name as sku_name', 's.units_per_pack', 'c.name as channel_name', 'c.type as channel_type',
      'pp.control_price', db.raw('SUM(sd.qty) as qty'), db.raw('SUM(sd.amount) as amount'));
  const records = rows.filter((r: Record<string, unknown>) => Number(r.qty) > 0).map((r: Record<string, unknown>) => {
    const units = Number(r.units_per_pack);
    const qty = Number(r.qty);
    const amount = Number(r.amount);
    const realized = Math.round((amount / qty / units) * 100) / 10000; // yuan per unit, 4 decimals
    const control = r.control_price == null ? null : Math.round((Number(r.control_price) / units) * 100) / 10000;
    return {
      id: `${r.sku_id}:${r.channel_id}`,
      sku_id: Number(r.sku_id), sku_code: r.sku_code, sku_name: r.sku_name,
      channel_id: Number(r.channel_id), channel_name: r.channel_name, channel_type: r.channel_type,
      qty, amount: fenToYuan(amount),
      realized_unit_price: realized, control_unit_price: control,
      gap_pct: control ? Math.round(((realized - control) / control) * 10000) / 10000 : null,
      below_control: control !== null && realized < control,
      date_gte: gte, date_lte: lte,
    };
  });
  return listInMemory(records, query);
}
