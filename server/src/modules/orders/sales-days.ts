import type { Db } from '../../db/knex';
import { salesDay } from '../../../../shared/sales';
import { rebuildRollups } from './rollups';

const PAGE = 2000;

/**
 * A company changed its time zone: every order's business day is counted again in the new zone (an
 * order at 16:30 UTC moves from 2 March to 1 March when the zone goes from Shanghai to London), then
 * the rollups are rebuilt from the orders. Runs in the caller's transaction, a page of orders at a time.
 */
export async function redaySales(db: Db, orgId: number, timeZone: string): Promise<void> {
  for (let after = 0; ;) {
    const orders = await db('orders').where('org_id', orgId).andWhere('id', '>', after).orderBy('id').limit(PAGE).select('id', 'ordered_at', 'sales_day');
    for (const o of orders) {
      const day = salesDay(o.ordered_at, timeZone);
      if (day !== o.sales_day) await db('orders').where({ id: o.id }).update({ sales_day: day });
    }
    if (orders.length < PAGE) break;
    after = Number(orders[orders.length - 1].id);
  }
  await rebuildRollups(db, orgId);
}
