import type { Db } from '../../db/knex';
import { addStagedOrders, dropEmptyRollups, subtractOrders } from './import-rollups';
import { COUNTED_STATUSES } from '../../../../shared/sales';

export interface ApplyJob { id: number; org_id: number; channel_id: number; kind: string }
export interface Period { from: string; to: string }
export interface ApplyResult { created: number; updated: number; unchanged: number; replaced: number }

const flowOf = (kind: string) => (kind === 'sell_through' ? 'sell_out' : 'sell_in');
const first = async <T>(query: Promise<T[]>): Promise<T> => (await query)[0];

/** The file's first and last business day, from its staged lines. */
export async function filePeriod(db: Db, jobId: number): Promise<Period | null> {
  const row = await db('sales_import_lines').where('job_id', jobId).first(db.raw('MIN(sales_day) AS "from", MAX(sales_day) AS "to"'));
  return row?.from ? { from: row.from, to: row.to } : null;
}

/**
 * What a corrected report would replace: the channel's orders of this flow in the file's days that
 * the file does not carry again, and the totals the user compares.
 */
export async function periodOverlap(db: Db, job: ApplyJob, period: Period) {
  const counted = [...COUNTED_STATUSES];
  const inPeriod = () => db('orders').where({ org_id: job.org_id, channel_id: job.channel_id, flow: flowOf(job.kind) })
    .andWhereBetween('sales_day', [period.from, period.to]);
  const stale = await first(inPeriod().whereNotExists(
    db('sales_import_orders').select(db.raw('1')).where('job_id', job.id).andWhere('order_no', db.ref('orders.order_no')),
  ).count({ n: '*' }));
  // Every order counts in the numbers, only paid, shipped and completed ones in the amounts (as in the reports).
  const totals = `COUNT(*) AS orders, COALESCE(SUM(CASE WHEN status IN (${counted.map(() => '?').join(', ')}) THEN total ELSE 0 END), 0) AS amount`;
  const existing = await first(inPeriod().select(db.raw(totals, counted)));
  const file = await first(db('sales_import_orders').where('job_id', job.id).select(db.raw(totals, counted)));
  return {
    stale_orders: Number(stale.n),
    existing_orders: Number(existing.orders), existing_amount_fen: Number(existing.amount),
    file_orders: Number(file.orders), file_amount_fen: Number(file.amount),
  };
}

/**
 * Groups the staged lines into orders: rows without a document number first get their content
 * key's occurrence in the file (so an identical second row is a second order, and the same file
 * again finds the same keys); then one row per order with its total and content hash (the sum of
 * its lines' hashes, which the header fields are part of).
 */
export async function groupStagedOrders(db: Db, jobId: number): Promise<void> {
  await db.raw(
    `UPDATE sales_import_lines SET order_no = sales_import_lines.order_no || '-' || numbered.n
     FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY order_no ORDER BY row_no) AS n
           FROM sales_import_lines WHERE job_id = ? AND auto_no = 1) numbered
     WHERE sales_import_lines.id = numbered.id`,
    [jobId],
  );
  await db('sales_import_orders').where('job_id', jobId).delete();
  await db.raw(
    `INSERT INTO sales_import_orders (job_id, order_no, ordered_at, sales_day, status, customer_name, customer_ref, customer_type, province, city, total, qty, content_hash, same)
     SELECT job_id, order_no, MIN(ordered_at), MIN(sales_day), MIN(status), MIN(customer_name), MIN(customer_ref), MIN(customer_type),
            MIN(province), MIN(city), SUM(amount), SUM(qty), SUM(line_hash), 0
     FROM sales_import_lines WHERE job_id = ? GROUP BY job_id, order_no`,
    [jobId],
  );
  // Fresh statistics, so PostgreSQL joins a million staged lines by hash rather than row by row.
  if (db.client.config.client === 'pg') await db.raw('ANALYZE sales_import_lines, sales_import_orders');
}

/** Orders whose lines disagree on the order's own fields, with the first row of each (for row errors). */
export async function mixedOrders(db: Db, jobId: number, limit: number): Promise<{ order_no: string; row_no: number }[]> {
  const rows = await db('sales_import_lines').where('job_id', jobId).groupBy('order_no')
    .havingRaw(`COUNT(DISTINCT ordered_at) > 1 OR COUNT(DISTINCT status) > 1 OR COUNT(DISTINCT customer_type) > 1
      OR COUNT(DISTINCT COALESCE(customer_name, '')) > 1 OR COUNT(DISTINCT COALESCE(province, '')) > 1`)
    .orderByRaw('MIN(row_no)').limit(limit).select('order_no', db.raw('MIN(row_no) AS row_no'));
  return rows.map((r: { order_no: string; row_no: number }) => ({ order_no: r.order_no, row_no: Number(r.row_no) }));
}

/**
 * The final apply, in the caller's (short) transaction and set-based: classify the staged orders
 * against the channel's (new, changed, unchanged by content hash), optionally delete the period's
 * orders the corrected file no longer carries, rewrite changed orders and their lines, insert new
 * ones, and move the rollups by what changed (the old sums out, the staged ones in).
 */
export async function applyStagedOrders(trx: Db, job: ApplyJob, replace: Period | null, now: string, trace: (step: string) => void = () => undefined): Promise<ApplyResult> {
  const flow = flowOf(job.kind);
  await trx.raw(
    `UPDATE sales_import_orders SET existing_id = o.id, existing_day = o.sales_day,
       same = CASE WHEN o.content_hash = sales_import_orders.content_hash THEN 1 ELSE 0 END
     FROM orders o
     WHERE sales_import_orders.job_id = ? AND o.channel_id = ? AND o.order_no = sales_import_orders.order_no`,
    [job.id, job.channel_id],
  );
  const counts = await first(trx('sales_import_orders').where('job_id', job.id).select(trx.raw(
    `COALESCE(SUM(CASE WHEN existing_id IS NULL THEN 1 ELSE 0 END), 0) AS created,
     COALESCE(SUM(CASE WHEN existing_id IS NOT NULL AND same = 0 THEN 1 ELSE 0 END), 0) AS updated,
     COALESCE(SUM(same), 0) AS unchanged,
     MIN(CASE WHEN same = 0 THEN sales_day END) AS new_from, MAX(CASE WHEN same = 0 THEN sales_day END) AS new_to,
     MIN(CASE WHEN same = 0 THEN existing_day END) AS old_from, MAX(CASE WHEN same = 0 THEN existing_day END) AS old_to`,
  )));
  trace('apply_classified');
  const days = [counts.new_from, counts.new_to, counts.old_from, counts.old_to, replace?.from, replace?.to].filter(Boolean).sort() as string[];

  // Take what changes out of the rollups first, while the stored orders are still as they were.
  const changedIds = `SELECT existing_id FROM sales_import_orders WHERE job_id = ? AND same = 0 AND existing_id IS NOT NULL`;
  await subtractOrders(trx, job.org_id, changedIds, [job.id]);
  const staleIds = `SELECT id FROM orders WHERE org_id = ? AND channel_id = ? AND flow = ? AND sales_day BETWEEN ? AND ?
    AND NOT EXISTS (SELECT 1 FROM sales_import_orders s WHERE s.job_id = ? AND s.order_no = orders.order_no)`;
  const staleArgs = replace ? [job.org_id, job.channel_id, flow, replace.from, replace.to, job.id] : [];
  if (replace) await subtractOrders(trx, job.org_id, staleIds, staleArgs);
  trace('apply_old_sums_out');

  let replaced = 0;
  if (replace) {
    replaced = Number((await first(trx.select(trx.raw(`(SELECT COUNT(*) FROM (${staleIds}) stale) AS n`, staleArgs)))).n);
    await trx.raw(`DELETE FROM order_lines WHERE order_id IN (${staleIds})`, staleArgs);
    await trx.raw(`DELETE FROM orders WHERE id IN (${staleIds})`, staleArgs);
  }
  trace('apply_replaced');
  const changed = () => trx('sales_import_orders').select('existing_id').where({ job_id: job.id, same: 0 }).whereNotNull('existing_id');
  await trx('order_lines').whereIn('order_id', changed()).delete();
  await trx.raw(
    `UPDATE orders SET ordered_at = s.ordered_at, sales_day = s.sales_day, status = s.status, customer_name = s.customer_name,
       customer_ref = s.customer_ref, customer_type = s.customer_type, province = s.province, city = s.city, total = s.total,
       content_hash = s.content_hash, version = orders.version + 1, updated_at = ?
     FROM sales_import_orders s
     WHERE s.job_id = ? AND s.existing_id = orders.id AND s.same = 0`,
    [now, job.id],
  );
  await trx.raw(
    `INSERT INTO orders (org_id, channel_id, order_no, flow, ordered_at, sales_day, status, customer_name, customer_ref, customer_type,
       province, city, source, total, version, created_at, updated_at, content_hash)
     SELECT ?, ?, order_no, ?, ordered_at, sales_day, status, customer_name, customer_ref, customer_type,
       province, city, 'import', total, 1, ?, ?, content_hash
     FROM sales_import_orders WHERE job_id = ? AND existing_id IS NULL`,
    [job.org_id, job.channel_id, flow, now, now, job.id],
  );
  trace('apply_orders_written');
  await trx.raw(
    `INSERT INTO order_lines (org_id, order_id, line_no, sku_id, qty, unit_price, amount)
     SELECT ?, o.id, ROW_NUMBER() OVER (PARTITION BY l.order_no ORDER BY l.row_no), l.sku_id, l.qty, l.unit_price, l.amount
     FROM sales_import_lines l
     JOIN sales_import_orders s ON s.job_id = l.job_id AND s.order_no = l.order_no AND s.same = 0
     JOIN orders o ON o.channel_id = ? AND o.order_no = l.order_no
     WHERE l.job_id = ?`,
    [job.org_id, job.channel_id, job.id],
  );
  trace('apply_lines_written');
  await addStagedOrders(trx, job, flow);
  if (days.length) await dropEmptyRollups(trx, job.org_id, job.channel_id, days[0], days[days.length - 1]);
  trace('apply_rollups_moved');
  return { created: Number(counts.created), updated: Number(counts.updated), unchanged: Number(counts.unchanged), replaced };
}
