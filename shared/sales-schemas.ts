import { z } from 'zod';
import { Amount, Id, Instant, MAX_PRICE_YUAN, Money, OptionalText, RequiredText } from './fields';
import { hasAtMostTwoDecimals } from './money';
import { normalizeProvince } from './provinces';
import { CUSTOMER_TYPES, ORDER_STATUSES } from './sales';
import { msg } from './validation-messages';

const MAX_LINES = 500;

export const Quantity = z.number({ error: msg('quantity') }).int(msg('quantity')).min(1, msg('quantity')).max(1_000_000, msg('quantity'));

/** Unit price in yuan: 0 (a gift) … 10,000,000, at most two decimals. */
export const UnitPrice = z.number({ error: msg('unit_price') }).min(0, msg('unit_price')).max(MAX_PRICE_YUAN, msg('unit_price'))
  .refine(hasAtMostTwoDecimals, msg('unit_price'));

/** A province as written (广东, Guangdong); stored by its official name (广东省); unknown is an error. */
export const ProvinceName = z.string({ error: msg('province') }).max(40, msg('province'))
  .transform((text, ctx) => {
    if (!text.trim()) return null;
    const province = normalizeProvince(text);
    if (!province) {
      ctx.addIssue({ code: 'custom', message: msg('province') });
      return z.NEVER;
    }
    return province;
  })
  .nullish()
  .transform((v) => v ?? null);

/** One line: `amount` defaults to qty × unit price (a return is a negative amount, a gift 0). */
export const OrderLineInput = z.object({
  sku_id: Id,
  qty: Quantity,
  unit_price: UnitPrice,
  amount: Amount.nullish().transform((v) => v ?? null),
});
export type OrderLineInput = z.infer<typeof OrderLineInput>;

/**
 * An order entered in the console (sell-in, source `manual`). A consumer's name is masked on the
 * way in by the server; pharmacies, hospitals and clinics keep theirs.
 */
export const OrderInput = z.object({
  channel_id: Id,
  order_no: RequiredText(64),
  ordered_at: Instant,
  status: z.enum(ORDER_STATUSES).default('paid'),
  customer_name: OptionalText(100),
  customer_ref: OptionalText(64),
  customer_type: z.enum(CUSTOMER_TYPES).default('consumer'),
  province: ProvinceName,
  city: OptionalText(40),
  lines: z.array(OrderLineInput, { error: msg('order_lines') }).min(1, msg('order_lines')).max(MAX_LINES, msg('order_lines')),
});
export type OrderInput = z.infer<typeof OrderInput>;

/** A month as `2026-11` (2000-01 … 2100-12). */
export const Month = z.string({ error: msg('month') }).regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, msg('month'));

/** A monthly target for the company (no channel, no user), a channel, a salesperson, or both. */
export const SalesPlan = z.object({
  month: Month,
  channel_id: Id.nullish().transform((v) => v ?? null),
  user_id: Id.nullish().transform((v) => v ?? null),
  target_amount: Money,
});
export type SalesPlan = z.infer<typeof SalesPlan>;

/** A line as a channel's system sends it: the SKU by our code or its GTIN. */
export const IngestLine = z.object({
  sku_code: z.string({ error: msg('text') }).trim().max(40, msg('too_long')).nullish(),
  gtin: z.string({ error: msg('text') }).trim().max(20, msg('too_long')).nullish(),
  qty: Quantity,
  unit_price: UnitPrice,
  amount: Amount.nullish().transform((v) => v ?? null),
}).refine((l) => !!l.sku_code || !!l.gtin, { path: ['sku_code'], message: msg('required') });

/** An order from a channel's API: the channel and company come from the key, never from the body. */
export const IngestOrder = OrderInput.omit({ channel_id: true, lines: true }).extend({
  lines: z.array(IngestLine, { error: msg('order_lines') }).min(1, msg('order_lines')).max(500, msg('order_lines')),
});
export type IngestOrder = z.infer<typeof IngestOrder>;

export const MAX_INGEST_ORDERS = 5000;
export const IngestBatch = z.object({
  orders: z.array(z.unknown(), { error: msg('ingest_orders') }).min(1, msg('ingest_orders')).max(MAX_INGEST_ORDERS, msg('ingest_orders')),
});
