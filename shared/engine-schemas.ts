import { z } from 'zod';
import { Id, Instant, OptionalText, RequiredText } from './fields';
import { CUSTOMER_TYPES } from './sales';
import { ProvinceName, Quantity } from './sales-schemas';
import { msg } from './validation-messages';

/** A SKU as the shop knows it: our code or its GTIN. */
const SkuCode = RequiredText(40);
/** The channel's own pseudonymous buyer id (never a name or phone). */
const CustomerId = RequiredText(64);

/** `POST /api/engine/quote`: what one buyer pays for `qty` of a SKU now (or at `at`). */
export const QuoteRequest = z.object({
  sku_code: SkuCode,
  qty: Quantity,
  customer_id: CustomerId,
  at: Instant.nullish().transform((v) => v ?? null),
});
export type QuoteRequest = z.infer<typeof QuoteRequest>;

export const EngineLine = z.object({
  sku_code: SkuCode,
  qty: Quantity,
  /** The promotion the shop showed the buyer; without it the engine picks the best price. */
  promotion_id: Id.nullish().transform((v) => v ?? null),
});

/** `POST /api/engine/orders`: an order at promotion prices, limits and stock consumed atomically. */
export const EngineOrderRequest = z.object({
  order_no: RequiredText(64),
  customer_id: CustomerId,
  customer_type: z.enum(CUSTOMER_TYPES).nullish().transform((v) => v ?? null),
  province: ProvinceName,
  city: OptionalText(40),
  /** 先方后药: the platform's verified prescription, required for Rx on a consumer channel. */
  prescription_id: OptionalText(64),
  lines: z.array(EngineLine, { error: msg('order_lines') }).min(1, msg('order_lines')).max(50, msg('order_lines')),
});
export type EngineOrderRequest = z.infer<typeof EngineOrderRequest>;

/** `POST /api/engine/groups`: a buyer opens a group of a group-buy item (their order is held). */
export const GroupOpenRequest = z.object({
  promotion_id: Id,
  sku_code: SkuCode,
  customer_id: CustomerId,
  order_no: RequiredText(64),
  qty: Quantity.nullish().transform((v) => v ?? 1),
  province: ProvinceName,
});
export type GroupOpenRequest = z.infer<typeof GroupOpenRequest>;

/** `POST /api/engine/groups/:id/join`. */
export const GroupJoinRequest = z.object({
  customer_id: CustomerId,
  order_no: RequiredText(64),
  qty: Quantity.nullish().transform((v) => v ?? 1),
  province: ProvinceName,
});
export type GroupJoinRequest = z.infer<typeof GroupJoinRequest>;
