import type { Db } from '../../db/knex';
import { HttpError } from '../../http/errors';
import { verifyPassword } from './passwords';

export async function login(db: Db, email: string, password: string): Promise<{ id: number }> {
  const user = await db('users').where({ email }).first('id', 'password_hash', 'active');
  const ok = await verifyPassword(password, user?.password_hash);
  if (!ok || !user) throw new HttpError(401, 'Email or password is wrong');
  if (!user.active) throw new HttpError(401, 'This account is deactivated');
  return { id: user.id };
}

export async function currentUser(db: Db, userId: number) {
  const row = await db('users')
    .join('organizations', 'organizations.id', 'users.org_id')
    .where('users.id', userId)
    .first(
      'users.id', 'users.email', 'users.name', 'users.role', 'users.locale',
      'organizations.id as org_id', 'organizations.name as org_name', 'organizations.kind as org_kind',
    );
  return {
    id: row.id,
    email: row.email,
    fullName: row.name,
    role: row.role,
    locale: row.locale,
    organization: { id: row.org_id, name: row.org_name, kind: row.org_kind },
  };
}
