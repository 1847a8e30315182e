import { z } from 'zod';
import { Id } from './fields';
import { CUSTOMER_TYPES, ORDER_FLOWS } from './sales';
import { normalizeProvince } from './provinces';
import { CHANNEL_TYPES } from './enums';
import { msg } from './validation-messages';

/** Dimensions a sales report groups by; time ones are calendar buckets in the company's time zone. */
export const REPORT_DIMENSIONS = ['day', 'week', 'month', 'channel_id', 'channel_type', 'sku_id', 'product_id', 'province', 'customer_type', 'promotion_id', 'flow'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];
export const TIME_DIMENSIONS: readonly ReportDimension[] = ['day', 'week', 'month'];
/** Dimensions below the order: a report grouped by them counts orders from the line rollup. */
export const LINE_DIMENSIONS: readonly ReportDimension[] = ['sku_id', 'product_id', 'promotion_id'];

const CalendarDay = z.string({ error: msg('date') }).regex(/^\d{4}-\d{2}-\d{2}$/, msg('date'))
  .refine((d) => {
    const date = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === d && d >= '2000-01-01' && d <= '2100-12-31';
  }, msg('date'));

/** A province filter as written (广东) matches the official name orders are stored by. */
const Province = z.string({ error: msg('province') }).max(40, msg('province')).transform((text, ctx) => {
  const province = normalizeProvince(text);
  if (!province) {
    ctx.addIssue({ code: 'custom', message: msg('province') });
    return z.NEVER;
  }
  return province as string;
});

/** One value or a list of up to 200. */
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1).max(200)])
  .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[]);

export const SalesReportFilter = z.object({
  date_gte: CalendarDay.optional(),
  date_lte: CalendarDay.optional(),
  channel_id: oneOrMany(Id).optional(),
  channel_type: oneOrMany(z.enum(CHANNEL_TYPES)).optional(),
  sku_id: oneOrMany(Id).optional(),
  product_id: oneOrMany(Id).optional(),
  province: oneOrMany(Province).optional(),
  customer_type: oneOrMany(z.enum(CUSTOMER_TYPES)).optional(),
  promotion_id: oneOrMany(Id).optional(),
  flow: z.enum(ORDER_FLOWS).default('sell_in'),
}).strict()
  .refine((f) => !f.date_gte || !f.date_lte || f.date_gte <= f.date_lte, { path: ['date_lte'], message: msg('end_before_start') });
export type SalesReportFilter = z.infer<typeof SalesReportFilter>;

export const SalesReportQuery = z.object({
  group_by: z.array(z.enum(REPORT_DIMENSIONS)).max(4).refine((dims) => new Set(dims).size === dims.length, msg('invalid_option'))
    .refine((dims) => dims.filter((d) => TIME_DIMENSIONS.includes(d)).length <= 1, msg('invalid_option')),
  filter: SalesReportFilter,
  compare: z.enum(['previous_period', 'previous_year']).optional(),
  /** The first N rows by amount (a top-10 card needs ten rows, not twenty thousand). */
  limit: z.number({ error: msg('positive_integer') }).int(msg('positive_integer')).min(1, msg('positive_integer')).max(10_000, msg('positive_integer')).optional(),
}).refine((q) => !q.compare || (q.filter.date_gte && q.filter.date_lte), { path: ['compare'], message: msg('compare_needs_dates') });
export type SalesReportQuery = z.infer<typeof SalesReportQuery>;
