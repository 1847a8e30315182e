import { z } from 'zod';
import { Version } from '../../../../shared/fields';
import { yuanToFen } from '../../../../shared/money';
import { CUSTOMER_TYPES, lineAmountFen, maskConsumerName, ORDER_FLOWS, ORDER_SOURCES, STORED_ORDER_STATUSES, salesDay } from '../../../../shared/sales';
import { OrderInput } from '../../../../shared/sales-schemas';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import { companyTimeZone } from '../../../../shared/instants';
import type { Db } from '../../db/knex';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, notFound, parseOr400 } from '../../http/errors';
import { applyFilters, applySortAndRange, type ListQuery, type ListSpec } from '../../http/simple-rest';
import { writeAudit } from '../audit/audit';
import { factsOf, toOrderRecord, type LineRow } from './order-records';
import { applyOrderChange } from './rollups';

type Row = Record<string, unknown>;
const CHUNK = 500;

export const ordersList: ListSpec = {
  fields: {
    id: { type: 'integer', unique: true },
    channel_id: { type: 'integer' },
    order_no: { type: 'string' },
    flow: { type: 'string', enum: ORDER_FLOWS },
    ordered_at: { type: 'date' },
    status: { type: 'string', enum: STORED_ORDER_STATUSES },
    customer_name: { type: 'string' },
    customer_ref: { type: 'string' },
    customer_type: { type: 'string', enum: CUSTOMER_TYPES },
    province: { type: 'string' },
    city: { type: 'string' },
    source: { type: 'string', enum: ORDER_SOURCES },
    total: { type: 'money' },
    version: { type: 'integer' },
    created_at: { type: 'date' },
    updated_at: { type: 'date' },
  },
  search: ['orders.order_no', 'orders.customer_name', 'orders.customer_ref'],
  defaultSort: ['ordered_at', 'DESC'],
  /** `sku_id`: orders with a line of that SKU. */
  custom: { sku_id: 'integer' },
};

const scoped = (ctx: ServiceContext) => ctx.db('orders').where('orders.org_id', ctx.user.orgId);

/** The lines of some orders, in line order, read a chunk of orders at a time. */
async function linesOf(db: Db, orderIds: number[]): Promise<Map<number, LineRow[]>> {
  const byOrder = new Map<number, LineRow[]>();
  for (let i = 0; i < orderIds.length; i += CHUNK) {
    const rows: LineRow[] = await db('order_lines').whereIn('order_id', orderIds.slice(i, i + CHUNK)).orderBy(['order_id', 'line_no'])
      .select('order_id', 'line_no', 'sku_id', 'qty', 'unit_price', 'amount', 'promotion_id');
    for (const row of rows) byOrder.set(Number(row.order_id), [...(byOrder.get(Number(row.order_id)) ?? []), row]);
  }
  return byOrder;
}

async function findOrder(ctx: ServiceContext, id: number): Promise<{ row: Row; lines: LineRow[] }> {
  const row = await scoped(ctx).andWhere('orders.id', id).first();
  if (!row) throw notFound('Order');
  return { row, lines: (await linesOf(ctx.db, [id])).get(id) ?? [] };
}

/** Channel and SKUs must be the caller's own; each miss is a field error (`lines.2.sku_id`). */
async function checkReferences(ctx: ServiceContext, input: OrderInput): Promise<void> {
  const errors: Record<string, string> = {};
  const channel = await ctx.db('channels').where({ id: input.channel_id, org_id: ctx.user.orgId }).first('id');
  if (!channel) errors.channel_id = englishMessage(msg('channel_not_found'));
  const skuIds = [...new Set(input.lines.map((l) => l.sku_id))];
  const found = new Set((await ctx.db('skus').where('org_id', ctx.user.orgId).whereIn('id', skuIds).pluck('id')).map(Number));
  input.lines.forEach((l, i) => {
    if (!found.has(l.sku_id)) errors[`lines.${i}.sku_id`] = englishMessage(msg('sku_not_found'));
  });
  if (Object.keys(errors).length) throw apiError(400, 'invalid_input', {}, errors);
}

/** Input → the order's columns and lines in fen; a consumer's name is masked here, on the way in. */
function toColumns(input: OrderInput) {
  const lines = input.lines.map((l, i) => {
    const unitPrice = yuanToFen(l.unit_price);
    return { line_no: i + 1, sku_id: l.sku_id, qty: l.qty, unit_price: unitPrice, amount: lineAmountFen(l.qty, unitPrice, l.amount === null ? null : yuanToFen(l.amount)), promotion_id: null };
  });
  const order = {
    channel_id: input.channel_id,
    order_no: input.order_no,
    ordered_at: input.ordered_at,
    sales_day: salesDay(input.ordered_at, companyTimeZone()),
    status: input.status,
    customer_name: input.customer_type === 'consumer' ? maskConsumerName(input.customer_name) : input.customer_name,
    customer_ref: input.customer_ref,
    customer_type: input.customer_type,
    province: input.province,
    city: input.city,
    total: lines.reduce((sum, l) => sum + l.amount, 0),
  };
  return { order, lines };
}

async function insertLines(db: Db, orgId: number, orderId: number, lines: Omit<LineRow, 'order_id'>[]) {
  for (let i = 0; i < lines.length; i += CHUNK) {
    await db('order_lines').insert(lines.slice(i, i + CHUNK).map((l) => ({ ...l, org_id: orgId, order_id: orderId })));
  }
}

const stale = () => apiError(409, 'stale_version', {}, { version: englishMessage(msg('stale_version')) });

/**
 * Orders (simple-rest) with their lines. Every write moves the daily rollups in the same
 * transaction, is audited, and an update is conditional on the version it read. Orders entered
 * here are the company's own sales (`sell_in`, source `manual`).
 */
export const ordersService = {
  def: { resource: 'orders', list: ordersList },

  async list(ctx: ServiceContext, query: ListQuery) {
    let base = applyFilters(scoped(ctx), query, ordersList, 'orders');
    const skuId = query.custom.sku_id as number | undefined;
    if (skuId !== undefined) {
      base = base.whereExists((q) => q.select(ctx.db.raw('1')).from('order_lines')
        .whereRaw('order_lines.order_id = orders.id').andWhere('order_lines.sku_id', skuId));
    }
    const [[{ total }], rows] = await Promise.all([
      base.clone().count({ total: '*' }),
      applySortAndRange(base.clone().select('orders.*'), query, ordersList, 'orders'),
    ]);
    const lines = await linesOf(ctx.db, rows.map((r: Row) => Number(r.id)));
    return { records: rows.map((r: Row) => toOrderRecord(r, lines.get(Number(r.id)) ?? [])), total: Number(total) };
  },

  async getOne(ctx: ServiceContext, id: number) {
    const { row, lines } = await findOrder(ctx, id);
    return toOrderRecord(row, lines);
  },

  async create(ctx: ServiceContext, body: unknown) {
    const input = parseOr400(OrderInput, body);
    await checkReferences(ctx, input);
    const { order, lines } = toColumns(input);
    const id = await ctx.db.transaction(async (trx) => {
      const now = nowIso();
      const [inserted] = await trx('orders').insert({
        ...order, org_id: ctx.user.orgId, flow: 'sell_in', source: 'manual', version: 1, created_at: now, updated_at: now,
      }).returning('id');
      const orderId: number = typeof inserted === 'object' ? inserted.id : inserted;
      await insertLines(trx, ctx.user.orgId, orderId, lines);
      const tctx = { ...ctx, db: trx };
      const saved = await findOrder(tctx, orderId);
      await applyOrderChange(trx, ctx.user.orgId, null, factsOf(saved.row, saved.lines));
      await writeAudit(tctx, 'create', 'orders', orderId, null, toOrderRecord(saved.row, saved.lines));
      return orderId;
    });
    return ordersService.getOne(ctx, id);
  },

  async update(ctx: ServiceContext, id: number, body: unknown) {
    await findOrder(ctx, id); // another tenant's or a missing id is a 404 before any validation
    const version = parseOr400(z.object({ version: Version }), body).version;
    const input = parseOr400(OrderInput, body);
    await checkReferences(ctx, input);
    const { order, lines } = toColumns(input);
    await ctx.db.transaction(async (trx) => {
      const tctx = { ...ctx, db: trx };
      const before = await findOrder(tctx, id);
      if (Number(before.row.version) !== version) throw stale();
      const changed = await trx('orders').where({ id, org_id: ctx.user.orgId, version })
        .update({ ...order, version: version + 1, updated_at: nowIso() });
      if (changed !== 1) throw stale();
      await trx('order_lines').where({ order_id: id }).delete();
      // A line keeps the promotion it was sold under (an engine order edited by hand) while its SKU stays.
      const kept = lines.map((l, i) => (before.lines[i] && Number(before.lines[i].sku_id) === l.sku_id ? { ...l, promotion_id: before.lines[i].promotion_id ?? null } : l));
      await insertLines(trx, ctx.user.orgId, id, kept);
      const after = await findOrder(tctx, id);
      await applyOrderChange(trx, ctx.user.orgId, factsOf(before.row, before.lines), factsOf(after.row, after.lines));
      await writeAudit(tctx, 'update', 'orders', id, toOrderRecord(before.row, before.lines), toOrderRecord(after.row, after.lines));
    });
    return ordersService.getOne(ctx, id);
  },

  async remove(ctx: ServiceContext, id: number) {
    return ctx.db.transaction(async (trx) => {
      const tctx = { ...ctx, db: trx };
      const before = await findOrder(tctx, id);
      await trx('order_lines').where({ order_id: id }).delete();
      const removed = await trx('orders').where({ id, org_id: ctx.user.orgId, version: before.row.version }).delete();
      if (removed !== 1) throw stale();
      await applyOrderChange(trx, ctx.user.orgId, factsOf(before.row, before.lines), null);
      const record = toOrderRecord(before.row, before.lines);
      await writeAudit(tctx, 'delete', 'orders', id, record, null);
      return record;
    });
  },
};
