import { z } from 'zod';
import { Id, Instant, Money, OptionalText, PositiveInteger, RequiredText } from './fields';
import { msg } from './validation-messages';
import {
  badTier, isClockTime, isWindowInsideDay, overlappingSlot, PROMOTION_TYPES, RECURRENCE_KINDS, ROUNDINGS, type PromotionType,
} from './promotions';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);
const WholeBetween = (min: number, max: number, key: Parameters<typeof msg>[0]) =>
  z.number({ error: msg(key) }).int(msg(key)).min(min, msg(key)).max(max, msg(key));

const ClockTime = z.string({ error: msg('clock_time') }).refine(isClockTime, msg('clock_time'));
export const TimeWindowInput = z.object({ start: ClockTime, end: ClockTime })
  .refine(isWindowInsideDay, { path: ['end'], message: msg('window_inside_day') });

export const RecurrenceInput = z.object({
  every: z.enum(RECURRENCE_KINDS),
  weekdays: z.array(WholeBetween(1, 7, 'weekday'), { error: msg('weekday') }).max(7).optional(),
  start: ClockTime,
  end: ClockTime,
}).superRefine((r, ctx) => {
  if (!isWindowInsideDay(r)) ctx.addIssue({ code: 'custom', path: ['end'], message: msg('window_inside_day') });
  if (r.every === 'weekly' && !r.weekdays?.length) ctx.addIssue({ code: 'custom', path: ['weekdays'], message: msg('weekdays_required') });
  if (r.weekdays && new Set(r.weekdays).size !== r.weekdays.length) ctx.addIssue({ code: 'custom', path: ['weekdays'], message: msg('weekday') });
});

export const TierInput = z.object({ min_qty: PositiveInteger, unit_price: Money });

export const PromotionItemInput = z.object({
  sku_id: Id,
  promo_price: nullable(Money),
  /** 20 means 20% off: the buyer pays 80%. */
  discount_pct: nullable(WholeBetween(1, 99, 'discount_pct')),
  stock_limit: nullable(PositiveInteger),
  per_customer_limit: nullable(PositiveInteger),
  per_order_limit: nullable(PositiveInteger),
  group_size: nullable(WholeBetween(2, 100, 'group_size')),
  group_window_hours: nullable(WholeBetween(1, 720, 'group_window_hours')),
  leader_price: nullable(Money),
  auto_fill_pct: nullable(WholeBetween(1, 100, 'auto_fill_pct')),
  tiers: nullable(z.array(TierInput, { error: msg('tiers_required') }).max(10, msg('too_long'))),
});
export type PromotionItemInput = z.infer<typeof PromotionItemInput>;

/** Which item fields each type uses; any other filled field is an error, so nothing is silently ignored. */
export type OptionalItemField = Exclude<keyof PromotionItemInput, 'sku_id'>;
export const ITEM_FIELDS_BY_TYPE: Record<PromotionType, OptionalItemField[]> = {
  group_buy: ['promo_price', 'stock_limit', 'per_customer_limit', 'per_order_limit', 'group_size', 'group_window_hours', 'leader_price', 'auto_fill_pct'],
  flash_sale: ['promo_price', 'stock_limit', 'per_customer_limit', 'per_order_limit'],
  limited_discount: ['promo_price', 'discount_pct', 'stock_limit', 'per_customer_limit', 'per_order_limit'],
  volume_tier: ['tiers', 'per_customer_limit', 'per_order_limit'],
};
/** Every item field but the SKU, in the order forms and pages list them. */
export const OPTIONAL_ITEM_FIELDS = Object.keys(PromotionItemInput.shape).filter((k) => k !== 'sku_id') as OptionalItemField[];

function checkItem(type: PromotionType, item: PromotionItemInput, path: (string | number)[], ctx: z.RefinementCtx) {
  const issue = (field: string, key: Parameters<typeof msg>[0]) => ctx.addIssue({ code: 'custom', path: [...path, field], message: msg(key) });
  for (const field of OPTIONAL_ITEM_FIELDS) {
    const value = item[field];
    if (value !== null && !(Array.isArray(value) && value.length === 0) && !ITEM_FIELDS_BY_TYPE[type].includes(field)) issue(field, 'not_for_type');
  }
  if (type === 'limited_discount') {
    if ((item.promo_price === null) === (item.discount_pct === null)) issue('promo_price', 'price_or_discount');
  } else if (type !== 'volume_tier' && item.promo_price === null) issue('promo_price', 'promo_price_required');
  if (type === 'flash_sale' && item.stock_limit === null) issue('stock_limit', 'stock_limit_required');
  if (type === 'group_buy') {
    if (item.group_size === null) issue('group_size', 'group_size');
    if (item.group_window_hours === null) issue('group_window_hours', 'group_window_hours');
    if (item.leader_price !== null && item.promo_price !== null && item.leader_price > item.promo_price) issue('leader_price', 'leader_above_promo');
  }
  if (type === 'volume_tier') {
    if (!item.tiers?.length) issue('tiers', 'tiers_required');
    else if (badTier(item.tiers) >= 0) ctx.addIssue({ code: 'custom', path: [...path, 'tiers', badTier(item.tiers)], message: msg('tiers_order') });
  }
  if (item.per_order_limit !== null && item.per_customer_limit !== null && item.per_order_limit > item.per_customer_limit) {
    issue('per_order_limit', 'per_order_above_customer');
  }
}

export const PromotionInput = z.object({
  name: RequiredText(100),
  type: z.enum(PROMOTION_TYPES),
  channel_ids: z.array(Id, { error: msg('channels_required') }).min(1, msg('channels_required')).max(50, msg('too_long')),
  start_at: Instant,
  end_at: Instant,
  stackable: z.boolean({ error: msg('boolean') }).default(false),
  /** Yuan of discount the promotion may give in all. */
  budget: nullable(Money),
  description: OptionalText(1000, { multiline: true }),
  /** Flash sales: daily wall-clock slots in the company's time zone. */
  slots: z.array(TimeWindowInput).max(12, msg('too_long')).nullish().transform((v) => v ?? []),
  warmup_hours: nullable(WholeBetween(1, 168, 'warmup_hours')),
  /** Limited discounts: a daily or weekly window. */
  recurrence: nullable(RecurrenceInput),
  rounding: z.enum(ROUNDINGS).nullish().transform((v) => v ?? 'fen'),
  items: z.array(PromotionItemInput, { error: msg('items_required') }).min(1, msg('items_required')).max(500, msg('too_long')),
}).superRefine((p, ctx) => {
  const issue = (path: (string | number)[], key: Parameters<typeof msg>[0]) => ctx.addIssue({ code: 'custom', path, message: msg(key) });
  if (Date.parse(p.end_at) <= Date.parse(p.start_at)) issue(['end_at'], 'end_before_start');
  if (new Set(p.channel_ids).size !== p.channel_ids.length) issue(['channel_ids'], 'duplicate_channel');
  if (p.type !== 'flash_sale') {
    if (p.slots.length) issue(['slots'], 'not_for_type');
    if (p.warmup_hours !== null) issue(['warmup_hours'], 'not_for_type');
  }
  if (p.type !== 'limited_discount' && p.recurrence !== null) issue(['recurrence'], 'not_for_type');
  const overlap = overlappingSlot(p.slots);
  if (overlap >= 0) issue(['slots', overlap, 'start'], 'slot_overlap');
  const seen = new Map<number, number>();
  p.items.forEach((item, i) => {
    if (seen.has(item.sku_id)) issue(['items', i, 'sku_id'], 'duplicate_sku');
    seen.set(item.sku_id, i);
    checkItem(p.type, item, ['items', i], ctx);
  });
});
export type PromotionInput = z.infer<typeof PromotionInput>;

export const PromotionDecision = z.object({ note: OptionalText(500) });
export const PromotionRejection = z.object({ note: z.string({ error: msg('required') }).trim().min(1, msg('required')).max(500) });
