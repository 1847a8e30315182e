import { fenToYuan } from '../../../../shared/money';
import type { OrderFacts } from './rollups';

type Row = Record<string, unknown>;

export interface LineRow { id?: number; order_id: number; line_no: number; sku_id: number; qty: number; unit_price: number; amount: number; promotion_id: number | null }

/** Database rows → API record: yuan on the wire, lines in their order. */
export function toOrderRecord(row: Row, lines: LineRow[]): Row {
  const { org_id: _org, sales_day: _day, total, ...rest } = row;
  return {
    ...rest,
    total: fenToYuan(Number(total)),
    version: Number(row.version),
    lines: lines.map((l) => ({
      line_no: Number(l.line_no), sku_id: Number(l.sku_id), qty: Number(l.qty),
      unit_price: fenToYuan(Number(l.unit_price)), amount: fenToYuan(Number(l.amount)), promotion_id: l.promotion_id ?? null,
    })),
  };
}

/** What the rollups need of a stored order (fen). */
export function factsOf(row: Row, lines: LineRow[]): OrderFacts {
  return {
    sales_day: row.sales_day as string,
    channel_id: Number(row.channel_id),
    province: (row.province as string | null) ?? null,
    customer_type: row.customer_type as string,
    flow: row.flow as string,
    status: row.status as string,
    total: Number(row.total),
    lines: lines.map((l) => ({ sku_id: Number(l.sku_id), qty: Number(l.qty), amount: Number(l.amount), promotion_id: l.promotion_id ?? null })),
  };
}
