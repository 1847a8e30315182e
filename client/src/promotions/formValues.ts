import { dayInZone, zonedTimeToUtc } from '../../../shared/instants';
import type { PromotionType, Rounding, TimeWindow } from '../../../shared/promotions';
import { ITEM_FIELDS, ITEM_FIELDS_BY_TYPE, type ItemField } from './itemFields';
import type { PromotionItemRecord, PromotionRecord } from './types';

/**
 * The promotion form's values and the body it sends. The form keeps every field of every type (so
 * switching type back and forth loses nothing); the body carries only the chosen type's fields, null
 * for the rest, as the shared schema demands. Validation runs on the body, so its error paths
 * (`items.3.promo_price`) are the form's own.
 */

export interface TierValues { min_qty: number | null; unit_price: number | null }

/** An item as the form holds it: the record's fields, blanks allowed while typing; `sold` is shown, never sent. */
export type ItemValues = Omit<PromotionItemRecord, 'sku_id' | 'sold' | 'tiers'> & { sku_id: number | null; sold?: number; tiers: TierValues[] | null };

export interface RecurrenceValues { every: 'daily' | 'weekly'; weekdays?: number[] | null; start: string | null; end: string | null }

export interface PromotionFormValues {
  id?: number;
  version?: number;
  duplicated_from?: number | null;
  name?: string;
  type: PromotionType;
  channel_ids: number[];
  start_at: string | null;
  end_at: string | null;
  stackable: boolean;
  budget: number | null;
  description: string | null;
  slots: Partial<TimeWindow>[];
  warmup_hours: number | null;
  recurrence: RecurrenceValues | null;
  rounding: Rounding;
  items: ItemValues[];
}

export type ItemPayload = { sku_id: number | null } & Record<ItemField, unknown>;

/** The body of POST / PUT /api/promotions (still unchecked: the shared schema decides). */
export type PromotionPayload = Omit<PromotionFormValues, 'id' | 'duplicated_from' | 'items'> & { duplicated_from?: number; items: ItemPayload[] };

const DAY_MS = 86_400_000;
const blank = <T,>(value: T | null | undefined | ''): T | null => (value === undefined || value === '' ? null : value);
const blankText = (value: string | null | undefined) => (value?.trim() ? value : null);

/** A new row for a SKU; `price` (yuan) goes where the type charges a fixed price. */
export function emptyItem(skuId: number | null = null, type?: PromotionType, price: number | null = null): ItemValues {
  return {
    sku_id: skuId, promo_price: type && type !== 'volume_tier' ? price : null, discount_pct: null, stock_limit: null,
    per_customer_limit: null, per_order_limit: null, group_size: null, group_window_hours: null, leader_price: null,
    auto_fill_pct: null, tiers: type === 'volume_tier' ? [] : null,
  };
}

function tiersOf(tiers: TierValues[] | null | undefined): TierValues[] {
  return (tiers ?? []).filter((t) => t.min_qty != null || t.unit_price != null).map((t) => ({ min_qty: t.min_qty, unit_price: t.unit_price }));
}

/** One row → the item the API receives: the type's own fields, null for the rest. */
export function itemPayload(type: PromotionType, item: ItemValues): ItemPayload {
  const used = ITEM_FIELDS_BY_TYPE[type];
  const fields = Object.fromEntries(ITEM_FIELDS.map((field) => {
    if (!used.includes(field)) return [field, null];
    return [field, field === 'tiers' ? tiersOf(item.tiers) : blank(item[field])];
  })) as Record<ItemField, unknown>;
  return { sku_id: blank(item.sku_id), ...fields };
}

function recurrenceOf(r: RecurrenceValues | null | undefined): RecurrenceValues | null {
  if (!r) return null;
  if (r.every === 'weekly') return { every: 'weekly', weekdays: [...(r.weekdays ?? [])].sort((a, b) => a - b), start: r.start, end: r.end };
  return { every: 'daily', start: r.start, end: r.end };
}

/** Form values → the API body: the type's own fields, null (or empty) for every other. */
export function toPayload(values: PromotionFormValues): PromotionPayload {
  const { type } = values;
  return {
    ...(values.version !== undefined ? { version: values.version } : {}),
    ...(values.duplicated_from ? { duplicated_from: values.duplicated_from } : {}),
    name: values.name,
    type,
    channel_ids: values.channel_ids ?? [],
    start_at: blank(values.start_at),
    end_at: blank(values.end_at),
    stackable: !!values.stackable,
    budget: blank(values.budget),
    description: blankText(values.description),
    slots: type === 'flash_sale' ? (values.slots ?? []).map((s) => ({ start: s.start, end: s.end })) : [],
    warmup_hours: type === 'flash_sale' ? blank(values.warmup_hours) : null,
    recurrence: type === 'limited_discount' ? recurrenceOf(values.recurrence) : null,
    rounding: type === 'limited_discount' ? (values.rounding ?? 'fen') : 'fen',
    items: (values.items ?? []).map((item) => itemPayload(type, item)),
  };
}

const itemValues = (item: PromotionItemRecord, keepSold: boolean): ItemValues => ({
  sku_id: item.sku_id, promo_price: item.promo_price, discount_pct: item.discount_pct, stock_limit: item.stock_limit,
  ...(keepSold ? { sold: item.sold } : {}),
  per_customer_limit: item.per_customer_limit, per_order_limit: item.per_order_limit, group_size: item.group_size,
  group_window_hours: item.group_window_hours, leader_price: item.leader_price, auto_fill_pct: item.auto_fill_pct,
  tiers: item.tiers ? item.tiers.map((t) => ({ ...t })) : null,
});

/** A record → the edit form's values (arrays always present, `sold` kept for display). */
export function formValuesOf(record: PromotionRecord): PromotionFormValues {
  return {
    id: record.id, version: record.version, name: record.name, type: record.type, channel_ids: [...record.channel_ids],
    start_at: record.start_at, end_at: record.end_at, stackable: record.stackable, budget: record.budget, description: record.description,
    slots: (record.slots ?? []).map((s) => ({ ...s })), warmup_hours: record.warmup_hours,
    recurrence: record.recurrence ? { ...record.recurrence, weekdays: record.recurrence.weekdays ?? null } : null,
    rounding: record.rounding ?? 'fen', items: record.items.map((item) => itemValues(item, true)),
  };
}

/**
 * A new draft copied from a promotion: the same settings and items (nothing sold), named with
 * `suffix`, remembering where it came from. A period already over is left for the user to choose.
 */
export function duplicateOf(record: PromotionRecord, suffix: string, nowMs: number): PromotionFormValues {
  const { id: _id, version: _version, ...values } = formValuesOf(record);
  const passed = Date.parse(record.end_at) <= nowMs;
  return {
    ...values,
    name: `${record.name}${suffix}`.slice(0, 100),
    start_at: passed ? null : record.start_at,
    end_at: passed ? null : record.end_at,
    items: record.items.map((item) => itemValues(item, false)),
    duplicated_from: record.id,
  };
}

/** A new promotion: tomorrow 00:00 to three days later, company time. */
export function newPromotionValues(nowMs: number, timeZone: string): PromotionFormValues {
  const [y, m, d] = dayInZone(new Date(nowMs).toISOString(), timeZone).split('-').map(Number);
  const start = zonedTimeToUtc([y, m, d + 1, 0, 0, 0, 0], timeZone);
  return {
    type: 'limited_discount', channel_ids: [], start_at: new Date(start).toISOString(), end_at: new Date(start + 3 * DAY_MS).toISOString(),
    stackable: false, budget: null, description: null, slots: [], warmup_hours: null, recurrence: null, rounding: 'fen', items: [],
  };
}
