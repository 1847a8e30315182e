import { sellerLevel } from '../../../../shared/compliance';
import type { Db } from '../../db/knex';

/**
 * A seller's level counts its unauthorised-seller cases (a waived case was judged not to be one) and
 * the cases recorded on counterfeit grounds; partner price intelligence never raises it.
 */
export async function refreshSellerLevels(db: Db, orgId: number, sellerIds: number[]): Promise<void> {
  const ids = [...new Set(sellerIds)];
  for (let i = 0; i < ids.length; i += 400) {
    const chunk = ids.slice(i, i + 400);
    const counts = await db('violations').where('org_id', orgId).whereIn('seller_id', chunk).whereNot('status', 'waived')
      .andWhere((q) => q.where('kind', 'unauthorized_seller').orWhere('grounds', 'like', '%counterfeit%'))
      .groupBy('seller_id').select('seller_id', db.raw('COUNT(*) as cases'));
    const byId = new Map(counts.map((c: { seller_id: number; cases: number }) => [Number(c.seller_id), Number(c.cases)]));
    for (const id of chunk) await db('sellers').where({ id, org_id: orgId }).update({ level: sellerLevel(byId.get(id) ?? 0) });
  }
}
