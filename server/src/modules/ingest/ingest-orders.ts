import { gtinKey } from '../../../../shared/identifiers';
import { IngestBatch, IngestOrder } from '../../../../shared/sales-schemas';
import { yuanToFen } from '../../../../shared/money';
import { lineAmountFen, maskConsumerName, salesDay } from '../../../../shared/sales';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import type { Db } from '../../db/knex';
import { nowIso } from '../../http/context';
import { apiError, parseEachItem, parseOr400, refuseBatchWithErrors } from '../../http/errors';
import { getOrgSettings } from '../settings/service';
import { factsOf, type LineRow } from '../orders/order-records';
import { applyOrderChanges, type OrderFacts } from '../orders/rollups';
import type { KeyChannel } from './api-keys';

type Row = Record<string, unknown>;
const CHUNK = 500;

interface Prepared { order: Row; lines: Omit<LineRow, 'order_id'>[] }

/** What decides "unchanged": the order's fields and its lines as stored (fen). */
const fingerprint = (order: Row, lines: { sku_id: number; qty: number; unit_price: number; amount: number }[]) => JSON.stringify([
  order.ordered_at, order.status, order.customer_name ?? null, order.customer_ref ?? null, order.customer_type, order.province ?? null, order.city ?? null,
  lines.map((l) => [Number(l.sku_id), Number(l.qty), Number(l.unit_price), Number(l.amount)]),
]);

/**
 * `POST /api/ingest/orders`: up to 5,000 orders of the key's channel, all or nothing. Every order is
 * checked first (any error: 400 listing each bad order's index and fields, nothing written); then,
 * in one transaction, each order is created, updated (a changed status, customer or lines) or left
 * alone when it is the same as stored, and the rollups move once for the whole batch.
 */
export async function ingestOrders(db: Db, channel: KeyChannel, body: unknown): Promise<{ created: number; updated: number; unchanged: number }> {
  const batch = parseOr400(IngestBatch, body);
  const settings = await getOrgSettings(db, channel.org_id);
  const skus: { id: number; code: string; gtin: string | null; channel_scope: string }[] = await db('skus').where('org_id', channel.org_id).select('id', 'code', 'gtin', 'channel_scope');
  const skuByCode = new Map(skus.map((s) => [s.code.toLowerCase(), s]));
  const skuByGtin = new Map(skus.filter((s) => s.gtin).map((s) => [s.gtin!, s]));

  const errors: Record<string, string> = {};
  const prepared: Prepared[] = [];
  const seen = new Map<string, number>();
  for (const { index: i, data: o } of parseEachItem(IngestOrder, batch.orders, 'orders', errors)) {
    const first = seen.get(o.order_no);
    if (first !== undefined) errors[`orders.${i}.order_no`] = `${englishMessage(msg('duplicate_order_no'))} (orders.${first})`;
    seen.set(o.order_no, i);
    const lines = o.lines.map((l, j) => {
      const sku = (l.sku_code && skuByCode.get(l.sku_code.toLowerCase())) || (l.gtin && skuByGtin.get(gtinKey(l.gtin))) || undefined;
      if (!sku) errors[`orders.${i}.lines.${j}.sku_code`] = englishMessage(msg('sku_unknown'));
      const unitPrice = yuanToFen(l.unit_price);
      return { line_no: j + 1, sku_id: sku?.id ?? 0, qty: l.qty, unit_price: unitPrice, amount: lineAmountFen(l.qty, unitPrice, l.amount === null ? null : yuanToFen(l.amount)), promotion_id: null };
    });
    prepared.push({
      order: {
        order_no: o.order_no, ordered_at: o.ordered_at, sales_day: salesDay(o.ordered_at, settings.time_zone), status: o.status,
        customer_name: o.customer_type === 'consumer' ? maskConsumerName(o.customer_name) : o.customer_name,
        customer_ref: o.customer_ref, customer_type: o.customer_type, province: o.province, city: o.city,
        total: lines.reduce((sum, l) => sum + l.amount, 0),
      },
      lines,
    });
  }
  refuseBatchWithErrors('ingest_invalid', errors);

  return db.transaction(async (trx) => {
    const existing = new Map<string, Row>();
    const numbers = prepared.map((p) => p.order.order_no as string);
    for (let i = 0; i < numbers.length; i += CHUNK) {
      for (const row of await trx('orders').where({ channel_id: channel.id }).whereIn('order_no', numbers.slice(i, i + CHUNK)).select()) {
        existing.set(row.order_no, row);
      }
    }
    const existingLines = new Map<number, LineRow[]>();
    const ids = [...existing.values()].map((r) => Number(r.id));
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows: LineRow[] = await trx('order_lines').whereIn('order_id', ids.slice(i, i + CHUNK)).orderBy(['order_id', 'line_no']).select();
      for (const row of rows) existingLines.set(Number(row.order_id), [...(existingLines.get(Number(row.order_id)) ?? []), row]);
    }

    const now = nowIso();
    const changes: { before: OrderFacts | null; after: OrderFacts | null }[] = [];
    const fresh: Prepared[] = [];
    let updated = 0;
    let unchanged = 0;
    for (const p of prepared) {
      const stored = existing.get(p.order.order_no as string);
      if (!stored) {
        fresh.push(p);
        continue;
      }
      const storedLines = existingLines.get(Number(stored.id)) ?? [];
      if (fingerprint(stored, storedLines) === fingerprint(p.order, p.lines)) {
        unchanged++;
        continue;
      }
      const id = Number(stored.id);
      const changed = await trx('orders').where({ id, version: stored.version })
        .update({ ...p.order, version: Number(stored.version) + 1, updated_at: now });
      if (changed !== 1) throw apiError(409, 'stale_version');
      await trx('order_lines').where({ order_id: id }).delete();
      await trx('order_lines').insert(p.lines.map((l) => ({ ...l, org_id: channel.org_id, order_id: id })));
      changes.push({ before: factsOf(stored, storedLines), after: factsOf({ ...stored, ...p.order }, p.lines as LineRow[]) });
      updated++;
    }
    for (let i = 0; i < fresh.length; i += CHUNK) {
      const chunk = fresh.slice(i, i + CHUNK);
      await trx('orders').insert(chunk.map((p) => ({
        ...p.order, org_id: channel.org_id, channel_id: channel.id, flow: 'sell_in', source: 'api', version: 1, created_at: now, updated_at: now,
      })));
      const idOf = new Map<string, number>((await trx('orders').where({ channel_id: channel.id }).whereIn('order_no', chunk.map((p) => p.order.order_no as string))
        .select('id', 'order_no')).map((r: Row) => [r.order_no as string, Number(r.id)]));
      const lineRows = chunk.flatMap((p) => p.lines.map((l) => ({ ...l, org_id: channel.org_id, order_id: idOf.get(p.order.order_no as string)! })));
      for (let j = 0; j < lineRows.length; j += CHUNK) await trx('order_lines').insert(lineRows.slice(j, j + CHUNK));
      for (const p of chunk) {
        changes.push({ before: null, after: factsOf({ ...p.order, channel_id: channel.id, flow: 'sell_in' }, p.lines as LineRow[]) });
      }
    }
    await applyOrderChanges(trx, channel.org_id, changes);
    return { created: fresh.length, updated, unchanged };
  });
}
