import { fenToYuan } from '../../../../shared/money';
import { promotionState, type Recurrence, type Tier, type TimeWindow } from '../../../../shared/promotions';

export type Row = Record<string, unknown>;

const json = <T>(text: unknown, fallback: T): T => (typeof text === 'string' && text ? (JSON.parse(text) as T) : fallback);
const yuanOrNull = (fen: unknown) => (fen === null || fen === undefined ? null : fenToYuan(Number(fen)));
const intOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** An item row (fen, JSON tiers) → the API's item (yuan). */
export function toItemRecord(row: Row) {
  return {
    sku_id: Number(row.sku_id),
    promo_price: yuanOrNull(row.promo_price),
    discount_pct: intOrNull(row.discount_pct),
    stock_limit: intOrNull(row.stock_limit),
    sold: Number(row.sold ?? 0),
    per_customer_limit: intOrNull(row.per_customer_limit),
    per_order_limit: intOrNull(row.per_order_limit),
    group_size: intOrNull(row.group_size),
    group_window_hours: intOrNull(row.group_window_hours),
    leader_price: yuanOrNull(row.leader_price),
    auto_fill_pct: intOrNull(row.auto_fill_pct),
    tiers: json<Tier[] | null>(row.tiers, null)?.map((t) => ({ min_qty: t.min_qty, unit_price: fenToYuan(t.unit_price) })) ?? null,
  };
}
export type PromotionItemRecord = ReturnType<typeof toItemRecord>;

/** A promotion row with its channels and items → the API record; `state` is derived from the clock at `now`. */
export function toPromotionRecord(row: Row, channelIds: number[], items: Row[], now: string) {
  return {
    id: Number(row.id),
    name: row.name as string,
    type: row.type as string,
    channel_ids: channelIds,
    start_at: row.start_at as string,
    end_at: row.end_at as string,
    stackable: Boolean(row.stackable),
    budget: yuanOrNull(row.budget),
    description: (row.description as string | null) ?? null,
    slots: json<TimeWindow[]>(row.slots, []),
    warmup_hours: intOrNull(row.warmup_hours),
    recurrence: json<Recurrence | null>(row.recurrence, null),
    rounding: row.rounding as string,
    status: row.status as string,
    state: promotionState({ status: row.status as string, start_at: row.start_at as string, end_at: row.end_at as string }, now),
    approval_reason: (row.approval_reason as string | null) ?? null,
    created_by: intOrNull(row.created_by),
    created_by_name: (row.created_by_name as string | null) ?? null,
    submitted_by: intOrNull(row.submitted_by),
    submitted_by_name: (row.submitted_by_name as string | null) ?? null,
    submitted_at: (row.submitted_at as string | null) ?? null,
    decided_by: intOrNull(row.decided_by),
    decided_by_name: (row.decided_by_name as string | null) ?? null,
    decided_at: (row.decided_at as string | null) ?? null,
    decision_note: (row.decision_note as string | null) ?? null,
    duplicated_from: intOrNull(row.duplicated_from),
    version: Number(row.version),
    created_at: row.created_at as string,
    updated_at: row.updated_at as string,
    items: items.map(toItemRecord),
  };
}
export type PromotionRecord = ReturnType<typeof toPromotionRecord>;
