import { apiError, type HttpError } from '../http/errors';
import { englishMessage, msg } from '../../../shared/validation-messages';

/** Constraint errors from either dialect become the same 409 with the offending field. */
export function translateDatabaseError(err: unknown): HttpError | undefined {
  const e = err as { code?: string; message?: string; detail?: string; errno?: number };
  if (!e || typeof e !== 'object') return undefined;
  // PostgreSQL
  if (e.code === '23505') {
    const columns = /Key \(([^)]+)\)=/.exec(e.detail ?? '')?.[1]?.split(', ') ?? [];
    return uniqueConflict(columns);
  }
  if (e.code === '23503') return apiError(409, 'referenced');
  // SQLite
  if (e.code === 'SQLITE_CONSTRAINT' && e.message) {
    const unique = /UNIQUE constraint failed: (.+)$/.exec(e.message);
    if (unique) return uniqueConflict(unique[1].split(', ').map((c) => c.split('.').pop()!));
    if (/FOREIGN KEY constraint failed/.test(e.message)) {
      return apiError(409, 'referenced');
    }
  }
  return undefined;
}

/** Internal key columns reported as the field a user chose. */
const FIELD_OF_COLUMN: Record<string, string> = { plan_key: 'month' };

function uniqueConflict(columns: string[]): HttpError {
  const column = columns.filter((c) => c !== 'org_id').pop() ?? 'id';
  const field = Object.hasOwn(FIELD_OF_COLUMN, column) ? FIELD_OF_COLUMN[column] : column;
  return apiError(409, 'duplicate', { field }, { [field]: englishMessage(msg('already_exists')) });
}
