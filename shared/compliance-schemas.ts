import { z } from 'zod';
import { Gtin13, hasControlChars, Id, Instant, Money, OptionalText, RequiredText } from './fields';
import { msg } from './validation-messages';
import { COMPLAINT_GROUNDS, CONTACT_KINDS } from './compliance';

export const MAX_INGEST_OBSERVATIONS = 10_000;
export const MAX_BULK_IDS = 500;
/** Evidence screenshots and PDFs: 10 MB each. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** A web address: http(s) only, so a `javascript:` link never reaches a page. */
export const WebUrl = z
  .string({ error: msg('url') })
  .trim()
  .max(1000, msg('too_long'))
  .refine((v) => v === '' || (/^https?:\/\/[^\s]+$/i.test(v) && !hasControlChars(v)), msg('url'))
  .nullish()
  .transform((v) => v || null);

const SkuCode = OptionalText(40);

/** Required free text that may span lines (notes, reasons), never with NUL or other control characters. */
const Note = (max: number, empty: Parameters<typeof msg>[0] = 'required') => z
  .string({ error: msg(empty) })
  .trim()
  .min(1, msg(empty))
  .max(max, msg('too_long'))
  .refine((v) => !hasControlChars(v, true), msg('control_chars'));

let nowMs: () => number = () => Date.now();
/** The server's injectable clock decides what "now" is (tests move it); the browser uses its own. */
export function setObservationClock(source: () => number): void {
  nowMs = source;
}

/** Not later than a minute from now (clocks drift): nobody has seen tomorrow's price. */
const ObservedAt = Instant.refine((iso) => Date.parse(iso) <= nowMs() + 60_000, msg('observed_in_future'));

const observationFields = {
  sku_id: Id.nullish().transform((v) => v ?? null),
  sku_code: SkuCode,
  gtin: Gtin13.nullish().or(z.literal('')).transform((v) => v || null),
  store_name: OptionalText(200),
  shop_id: OptionalText(100),
  seller_id: Id.nullish().transform((v) => v ?? null),
  /** Yuan actually payable after coupons and 满减, as observed. */
  price: Money,
  observed_at: ObservedAt,
  url: WebUrl,
  evidence_id: Id.nullish().transform((v) => v ?? null),
  external_id: OptionalText(100),
};

const needsSku = (o: { sku_id: number | null; sku_code: string | null; gtin: string | null }) => o.sku_id !== null || !!o.sku_code || !!o.gtin;

/** An observation typed in the console or read from a spreadsheet row. */
export const PriceObservationInput = z
  .object({ channel_id: Id, ...observationFields })
  .refine(needsSku, { path: ['sku_id'], message: msg('sku_or_gtin') });
export type PriceObservationInput = z.infer<typeof PriceObservationInput>;

/** An observation posted by a price-watch script: the channel comes from its API key. */
export const IngestObservation = z.object(observationFields).refine(needsSku, { path: ['sku_code'], message: msg('sku_or_gtin') });
export type IngestObservation = z.infer<typeof IngestObservation>;

export const IngestObservationBatch = z.object({
  observations: z.array(z.unknown(), { error: msg('ingest_observations') }).min(1, msg('ingest_observations')).max(MAX_INGEST_OBSERVATIONS, msg('ingest_observations')),
});

const Grounds = z.array(z.enum(COMPLAINT_GROUNDS)).max(COMPLAINT_GROUNDS.length).nullish().transform((v) => (v?.length ? [...new Set(v)] : null));

/** A store on a channel; `authorized` null means not reviewed yet. */
export const SellerInput = z.object({
  channel_id: Id,
  name: RequiredText(200),
  shop_id: OptionalText(100),
  url: WebUrl,
  authorized: z.boolean({ error: msg('boolean') }).nullable().default(null),
  group_name: OptionalText(100),
  grounds: Grounds,
  notes: OptionalText(2000, { multiline: true }),
});
export type SellerInput = z.infer<typeof SellerInput>;

export const SellerContactInput = z.object({
  kind: z.enum(CONTACT_KINDS),
  note: Note(2000),
  at: Instant.nullish().transform((v) => v ?? null),
});

const Reason = Note(500, 'waive_reason_required');
const Ids = z.array(Id, { error: msg('ids_required') }).min(1, msg('ids_required')).max(MAX_BULK_IDS, msg('ids_required'));

export const ViolationNote = z.object({ note: OptionalText(500, { multiline: true }) });
export const ViolationWaiver = z.object({ reason: Reason });
export const ViolationAssignment = z.object({ user_id: Id.nullable() });
export const ViolationComment = z.object({ note: Note(2000) });
export const ViolationGrounds = z.object({ grounds: Grounds });

export const BulkIds = z.object({ ids: Ids });
export const BulkWaiver = z.object({ ids: Ids, reason: Reason });
export const BulkAssignment = z.object({ ids: Ids, user_id: Id.nullable() });
