import type { Db } from '../../db/knex';

/** Active users of a company who may decide price requests and policy changes. */
export async function approversCount(db: Db, orgId: number): Promise<number> {
  const [{ n }] = await db('users').where({ org_id: orgId, active: true }).whereIn('role', ['manager', 'admin']).count({ n: '*' });
  return Number(n);
}
