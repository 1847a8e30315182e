import type { Db } from './knex';
import { nowIso } from '../http/context';
import type { Role } from '../../../shared/enums';
import { withSortKeys } from '../modules/search/sort-keys';

export async function createOrganization(db: Db, org: { name: string; kind: 'manufacturer' | 'distributor' }): Promise<number> {
  const now = nowIso();
  const [row] = await db('organizations').insert({ ...org, settings: '{}', created_at: now, updated_at: now }).returning('id');
  return typeof row === 'object' ? row.id : row;
}

export async function insertUser(
  db: Db,
  user: { org_id: number; email: string; name: string; role: Role; password_hash: string; locale?: string },
): Promise<number> {
  const now = nowIso();
  const [row] = await db('users')
    .insert(withSortKeys('users', { locale: 'zh', ...user, active: true, version: 1, created_at: now, updated_at: now }))
    .returning('id');
  return typeof row === 'object' ? row.id : row;
}
