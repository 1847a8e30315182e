import { z } from 'zod';
import { Id, Instant, Money, OptionalText, Rate } from './fields';
import { msg } from './validation-messages';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from './instants';

export const PRICE_KINDS = ['price', 'correction'] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];


export const PricePolicy = z
  .object({ sku_id: Id, control_price: Money, promo_floor_price: Money })
  .refine((p) => p.promo_floor_price <= p.control_price, { path: ['promo_floor_price'], message: msg('promo_floor_above_control') });
export type PricePolicy = z.infer<typeof PricePolicy>;

export const ChannelPriceRequest = z
  .object({
    sku_id: Id,
    channel_id: Id,
    price: Money,
    effective_from: Instant,
    effective_to: Instant.nullish().transform((v) => v ?? null),
    reason: OptionalText(500),
    /** `correction`: a past period's price set right, beside the original; always waits for a manager. */
    kind: z.enum(PRICE_KINDS).nullish().transform((v) => v ?? 'price'),
    corrects_id: Id.nullish().transform((v) => v ?? null),
  })
  .refine((p) => !p.effective_to || p.effective_to > p.effective_from, { path: ['effective_to'], message: msg('end_before_start') })
  .refine((p) => p.kind !== 'correction' || !!p.reason, { path: ['reason'], message: msg('correction_reason_required') });
export type ChannelPriceRequest = z.infer<typeof ChannelPriceRequest>;

/** Matrix edits and imports: many cells, one effective date and reason. */
export const PriceBatch = z.object({
  effective_from: Instant,
  reason: OptionalText(500),
  changes: z.array(z.object({ sku_id: Id, channel_id: Id, price: Money })).min(1).max(20000),
});
export type PriceBatch = z.infer<typeof PriceBatch>;

export const PriceDecision = z.object({ note: OptionalText(500) });
/** A decision on one's own request (second approver not required): the note is mandatory. */
export const SelfDecision = z.object({ note: z.string({ error: msg('self_decision_note') }).trim().min(1, msg('self_decision_note')).max(500) });
export const PriceRejection = z.object({ note: z.string({ error: msg('required') }).trim().min(1, msg('required')).max(500) });

const Percent = z.number({ error: msg('percent_band') }).min(0, msg('percent_band')).max(100, msg('percent_band'));

export const OrgSettings = z.object({
  parity_tolerance: Rate,
  auto_approve_threshold: Rate,
  /** Off: an approver may decide their own request, with a note, flagged in the audit log. */
  require_second_approver: z.boolean({ error: msg('boolean') }).default(true),
  /** Where "a day" is: bare dates, today's start and, later, sales counted by day. */
  time_zone: z.string({ error: msg('time_zone') }).max(64, msg('time_zone')).refine(isValidTimeZone, msg('time_zone')).default(DEFAULT_TIME_ZONE),
  /** Violation severity by gap in percent: below the first low, below the second medium, else high. */
  severity_low_below_pct: Percent.default(5),
  severity_medium_below_pct: Percent.default(15),
}).refine((s) => s.severity_low_below_pct < s.severity_medium_below_pct, { path: ['severity_medium_below_pct'], message: msg('severity_bands_order') });
export type OrgSettings = z.infer<typeof OrgSettings>;
export const DEFAULT_ORG_SETTINGS: OrgSettings = {
  parity_tolerance: 0.05, auto_approve_threshold: 0.2, require_second_approver: true, time_zone: DEFAULT_TIME_ZONE,
  severity_low_below_pct: 5, severity_medium_below_pct: 15,
};

/** Which spreadsheet column holds what, for a channel price import. */
export const IMPORT_LAYOUTS = ['long', 'wide'] as const;
export type ImportLayout = (typeof IMPORT_LAYOUTS)[number];

const ColumnName = z.string({ error: msg('required') }).min(1, msg('required')).max(200);

/**
 * `long`: a row per SKU and channel (SKU, channel, price columns). `wide`: the matrix's own export,
 * a row per SKU and a column per channel (`channel_columns`; omitted: every column named after a
 * channel).
 */
export const PriceImportMapping = z
  .object({
    layout: z.enum(IMPORT_LAYOUTS).nullish().transform((v) => v ?? 'long'),
    sku: ColumnName,
    channel: ColumnName.nullish(),
    price: ColumnName.nullish(),
    channel_columns: z.array(ColumnName).max(500).nullish(),
    effective_from: z.string().max(200).nullish(),
    default_effective_from: Instant.nullish(),
    reason: OptionalText(500),
  })
  .superRefine((m, ctx) => {
    if (m.layout === 'long') {
      if (!m.channel) ctx.addIssue({ code: 'custom', path: ['channel'], message: msg('required') });
      if (!m.price) ctx.addIssue({ code: 'custom', path: ['price'], message: msg('required') });
    }
    if (m.layout === 'wide' && m.channel_columns && !m.channel_columns.length) {
      ctx.addIssue({ code: 'custom', path: ['channel_columns'], message: msg('required') });
    }
  })
  .refine((m) => m.effective_from || m.default_effective_from, { path: ['default_effective_from'], message: msg('required') });
export type PriceImportMapping = z.infer<typeof PriceImportMapping>;
