import type { Knex } from 'knex';
import { fenToYuan } from '../../../../shared/money';
import { isoWeek } from '../../../../shared/sales';
import {
  LINE_DIMENSIONS, SalesReportQuery, TIME_DIMENSIONS, type ReportDimension, type SalesReportFilter,
} from '../../../../shared/report-schemas';
import type { ServiceContext } from '../../http/context';
import { apiError, parseOr400 } from '../../http/errors';
import { calendarShift, type CalendarShift } from './calendar-shift';
import { rankableByMonth, topSkusByAmount } from './sku-ranking';

type Row = Record<string, unknown>;

/** A report row: its group keys, then the measures (yuan; `change_pct` in percent). */
export type ReportRow = Record<string, string | number | null>;

/** `group_by=month,channel_id`, `filter={...}`, `compare=previous_period` from the query string. */
export function parseSalesReportQuery(raw: Record<string, unknown>): SalesReportQuery {
  const text = (name: string) => {
    const value = Object.hasOwn(raw, name) ? raw[name] : undefined;
    if (value !== undefined && typeof value !== 'string') throw apiError(400, 'bad_query_param', { name }, { [name]: 'Must be text' });
    return value as string | undefined;
  };
  let filter: unknown = {};
  const filterText = text('filter');
  if (filterText) {
    try {
      filter = JSON.parse(filterText);
    } catch {
      throw apiError(400, 'bad_query_json', { name: 'filter' }, { filter: 'Not valid JSON' });
    }
  }
  const groupBy = (text('group_by') ?? '').split(',').map((d) => d.trim()).filter(Boolean);
  const limit = text('limit');
  return parseOr400(SalesReportQuery, {
    group_by: groupBy, filter, compare: text('compare') || undefined,
    limit: limit === undefined || limit === '' ? undefined : /^\d{1,6}$/.test(limit) ? Number(limit) : limit,
  });
}

/** SQL for each dimension over the line rollup `sd` (channels `c`, SKUs `s` joined when needed). */
const LINE_COLUMN: Record<ReportDimension, string> = {
  day: 'sd.day', week: 'sd.day', month: 'substr(sd.day, 1, 7)', channel_id: 'sd.channel_id', channel_type: 'c.type',
  sku_id: 'sd.sku_id', product_id: 's.product_id', province: 'sd.province', customer_type: 'sd.customer_type',
  promotion_id: 'sd.promotion_id', flow: 'sd.flow',
};

function applyFilter(q: Knex.QueryBuilder, filter: SalesReportFilter, table: 'sd') {
  // Each filter is on a column every rollup that can be chosen for it has (see rollupFor).
  q.where(`${table}.flow`, filter.flow);
  if (filter.date_gte) q.where(`${table}.day`, '>=', filter.date_gte);
  if (filter.date_lte) q.where(`${table}.day`, '<=', filter.date_lte);
  if (filter.channel_id) q.whereIn(`${table}.channel_id`, filter.channel_id);
  if (filter.channel_type) q.whereIn('c.type', filter.channel_type);
  if (filter.province) q.whereIn(`${table}.province`, filter.province);
  if (filter.customer_type) q.whereIn(`${table}.customer_type`, filter.customer_type);
  if (filter.sku_id) q.whereIn(`${table}.sku_id`, filter.sku_id);
  if (filter.product_id) q.whereIn('s.product_id', filter.product_id);
  if (filter.promotion_id) q.whereIn(`${table}.promotion_id`, filter.promotion_id);
}

const keyOf = (row: Row, dims: readonly string[]) => JSON.stringify(dims.map((d) => row[d] ?? null));

/** Dimensions and filters the day × channel rollup can answer. */
const CHANNEL_GRAIN: readonly ReportDimension[] = ['day', 'week', 'month', 'channel_id', 'channel_type', 'flow'];

/**
 * The coarsest rollup that answers the question: day × channel for time and channel reports (a few
 * rows per day however long the range), day × channel × province × customer type for the rest at
 * order level, and the line rollup only for SKU, product or promotion. Each has qty, amount and
 * distinct orders, so one query answers.
 */
function rollupFor(dims: ReportDimension[], filter: SalesReportFilter): 'sales_daily' | 'sales_daily_orders' | 'sales_daily_channel' {
  if (dims.some((d) => LINE_DIMENSIONS.includes(d)) || filter.sku_id || filter.product_id || filter.promotion_id) return 'sales_daily';
  if (dims.every((d) => CHANNEL_GRAIN.includes(d)) && !filter.province && !filter.customer_type) return 'sales_daily_channel';
  return 'sales_daily_orders';
}

/**
 * Sums the rollups for one period: qty, amount, net of each channel's commission and distinct
 * orders. Weeks are folded from days here (ISO weeks are not portable SQL).
 */
async function aggregate(ctx: ServiceContext, dims: ReportDimension[], filter: SalesReportFilter, limit?: number): Promise<Row[]> {
  const { db } = ctx;
  const table = rollupFor(dims, filter);
  const groupColumns = dims.map((d) => LINE_COLUMN[d]);
  const q = db(`${table} as sd`).join('channels as c', 'c.id', 'sd.channel_id').where('sd.org_id', ctx.user.orgId);
  if (dims.includes('product_id') || filter.product_id) q.join('skus as s', 's.id', 'sd.sku_id');
  applyFilter(q, filter, 'sd');
  q.select(
    ...dims.map((d, i) => db.raw(`${groupColumns[i]} as ??`, [d])),
    db.raw('SUM(sd.qty) as qty'), db.raw('SUM(sd.amount) as amount'),
    db.raw('SUM(sd.amount * (1 - c.commission_rate)) as net'), db.raw('SUM(sd.orders) as orders'),
  );
  if (groupColumns.length) q.groupByRaw(groupColumns.join(', '));
  const weekly = dims.includes('week');
  // The database keeps only the top rows (by amount, ties by key) when weeks need no folding here.
  if (limit && !weekly) q.orderByRaw(`SUM(sd.amount) DESC${groupColumns.length ? `, ${groupColumns.join(', ')}` : ''}`).limit(limit);
  const rows: Row[] = await q;
  // SQL grouped everything but ISO weeks: only those rows are folded here (a SKU ranking returns thousands).
  if (!weekly) return rows.filter((r) => Number(r.qty) !== 0 || Number(r.amount) !== 0 || Number(r.orders) !== 0);
  const fold = new Map<string, Row>();
  for (const raw of rows) {
    const row: Row = { ...raw, week: isoWeek(raw.week as string) };
    const key = keyOf(row, dims);
    const sums = fold.get(key) ?? { ...Object.fromEntries(dims.map((d) => [d, row[d]])), qty: 0, amount: 0, net: 0, orders: 0 };
    sums.qty = Number(sums.qty) + Number(row.qty ?? 0);
    sums.amount = Number(sums.amount) + Number(row.amount ?? 0);
    sums.net = Number(sums.net) + Number(row.net ?? 0);
    sums.orders = Number(sums.orders) + Number(row.orders ?? 0);
    fold.set(key, sums);
  }
  return [...fold.values()].filter((r) => Number(r.qty) !== 0 || Number(r.amount) !== 0 || Number(r.orders) !== 0);
}

/** A SKU ranking is decided on the month × SKU rollup, then only its winners are summed in full. */
async function currentPeriod(ctx: ServiceContext, dims: ReportDimension[], filter: SalesReportFilter, limit?: number): Promise<Row[]> {
  if (!limit || dims.length !== 1 || dims[0] !== 'sku_id' || !rankableByMonth(filter)) return aggregate(ctx, dims, filter, limit);
  const winners = await topSkusByAmount(ctx, filter, limit);
  return winners.length ? aggregate(ctx, dims, { ...filter, sku_id: winners }, limit) : [];
}

/** fen sums → the API's row: yuan, unknown province and no promotion as null, ids as numbers. */
function toReportRow(row: Row, dims: ReportDimension[]): ReportRow {
  const out: ReportRow = {};
  for (const d of dims) {
    const value = row[d];
    if (d === 'province') out[d] = value ? String(value) : null;
    else if (d === 'promotion_id') out[d] = Number(value) ? Number(value) : null;
    else if (d === 'channel_id' || d === 'sku_id' || d === 'product_id') out[d] = Number(value);
    else out[d] = value as string;
  }
  const qty = Number(row.qty);
  const amount = Number(row.amount);
  out.qty = qty;
  out.amount = fenToYuan(amount);
  out.net_amount = fenToYuan(Math.round(Number(row.net)));
  out.orders = Number(row.orders);
  out.avg_unit_price = qty ? Math.round(amount / qty) / 100 : null;
  return out;
}

const byTimeThenAmount = (timeDim: ReportDimension | undefined) => (a: ReportRow, b: ReportRow) => {
  if (timeDim && a[timeDim] !== b[timeDim]) return String(a[timeDim]) < String(b[timeDim]) ? -1 : 1;
  return Number(b.amount) - Number(a.amount);
};

/**
 * `GET /api/reports/sales`: rows grouped by the chosen dimensions, served from the rollups; with
 * `compare`, each row also carries the previous period's amount and qty (its time bucket shifted
 * back by the same span) and the change in percent.
 */
export async function salesReport(ctx: ServiceContext, raw: Record<string, unknown>): Promise<ReportRow[]> {
  const query = parseSalesReportQuery(raw);
  const dims = query.group_by;
  const timeDim = dims.find((d) => TIME_DIMENSIONS.includes(d));
  const top = <T,>(rows: T[]) => (query.limit ? rows.slice(0, query.limit) : rows);
  const sqlLimit = query.compare || timeDim ? undefined : query.limit;
  const current = (await currentPeriod(ctx, dims, query.filter, sqlLimit)).map((r) => toReportRow(r, dims));
  if (!query.compare) return top(current.sort(byTimeThenAmount(timeDim)));

  const shift: CalendarShift = calendarShift(query.filter.date_gte!, query.filter.date_lte!, query.compare);
  const previousFilter = { ...query.filter, date_gte: shift.back(query.filter.date_gte!), date_lte: shift.back(query.filter.date_lte!) };
  const previous = new Map<string, ReportRow>();
  for (const row of (await aggregate(ctx, dims, previousFilter)).map((r) => toReportRow(r, dims))) {
    // Index the previous period by where its bucket lands in this one.
    const landed = timeDim ? { ...row, [timeDim]: shift.forwardBucket(timeDim, String(row[timeDim])) } : row;
    previous.set(keyOf(landed, dims), row);
  }
  const rows: ReportRow[] = current.map((row) => {
    const key = keyOf(row, dims);
    const prev = previous.get(key);
    previous.delete(key);
    const prevAmount = prev ? Number(prev.amount) : 0;
    return {
      ...row,
      prev_amount: prevAmount,
      prev_qty: prev ? Number(prev.qty) : 0,
      change_pct: prevAmount ? Math.round(((Number(row.amount) - prevAmount) / prevAmount) * 10000) / 100 : null,
    };
  });
  // What sold before and not now still shows: a channel that went quiet is news.
  for (const [key, prev] of previous) {
    const keys = JSON.parse(key) as (string | number | null)[];
    rows.push({
      ...Object.fromEntries(dims.map((d, i) => [d, keys[i]])), qty: 0, amount: 0, net_amount: 0, orders: 0, avg_unit_price: null,
      prev_amount: Number(prev.amount), prev_qty: Number(prev.qty), change_pct: -100,
    });
  }
  return top(rows.sort(byTimeThenAmount(timeDim)));
}
