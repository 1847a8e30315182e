import { UserCreate, UserUpdate } from '../../../../shared/schemas';
import { LOCALES, ROLES } from '../../../../shared/enums';
import { apiError } from '../../http/errors';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import type { ResourceDef } from '../crud/resource';
import { createCrudService } from '../crud/service';
import { hashPassword } from '../auth/passwords';
import { deleteUserSessions } from '../auth/sessions';

export const usersResource: ResourceDef = {
  resource: 'users',
  table: 'users',
  createSchema: UserCreate,
  updateSchema: UserUpdate,
  hidden: ['password_hash'],
  list: {
    defaultSort: ['email', 'ASC'],
    search: ['users.email', 'users.name'],
    fields: {
      id: { type: 'integer' },
      email: { type: 'string', unique: true, lowercase: true },
      name: { type: 'string', sortColumn: 'users.name_sort' },
      role: { type: 'string', enum: ROLES },
      locale: { type: 'string', enum: LOCALES },
      active: { type: 'boolean' },
      version: { type: 'integer' },
      created_at: { type: 'date' },
      updated_at: { type: 'date' },
    },
  },
  async prepare(ctx, data, existing) {
    const { password, ...columns } = data as { password?: string; role?: string; active?: boolean };
    if (existing && existing.id === ctx.user.userId && (columns.role !== 'admin' || columns.active === false)) {
      throw apiError(400, 'self_demote', {}, { role: englishMessage(msg('ask_another_admin')) });
    }
    return password ? { ...columns, password_hash: await hashPassword(password) } : columns;
  },
  async afterWrite(ctx, before, after) {
    // Deactivation, a role change or a new password revokes the user's sessions at once.
    const revoked = before && (!after || !after.active || after.role !== before.role || after.password_hash !== before.password_hash);
    if (revoked) await deleteUserSessions(ctx.db, before.id as number);
  },
  beforeDelete(ctx, existing) {
    if (existing.id === ctx.user.userId) throw apiError(400, 'self_delete');
  },
};

export const usersService = createCrudService(usersResource);
