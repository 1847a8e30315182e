import { HttpError } from '../http/errors';

/** Constraint errors from either dialect become the same 409 with the offending field. */
export function translateDatabaseError(err: unknown): HttpError | undefined {
  const e = err as { code?: string; message?: string; detail?: string; errno?: number };
  if (!e || typeof e !== 'object') return undefined;
  // PostgreSQL
  if (e.code === '23505') {
    const columns = /Key \(([^)]+)\)=/.exec(e.detail ?? '')?.[1]?.split(', ') ?? [];
    return uniqueConflict(columns);
  }
  if (e.code === '23503') return new HttpError(409, 'This record is still referenced by other records');
  // SQLite
  if (e.code === 'SQLITE_CONSTRAINT' && e.message) {
    const unique = /UNIQUE constraint failed: (.+)$/.exec(e.message);
    if (unique) return uniqueConflict(unique[1].split(', ').map((c) => c.split('.').pop()!));
    if (/FOREIGN KEY constraint failed/.test(e.message)) {
      return new HttpError(409, 'This record is still referenced by other records');
    }
  }
  return undefined;
}

function uniqueConflict(columns: string[]): HttpError {
  const field = columns.filter((c) => c !== 'org_id').pop() ?? 'id';
  return new HttpError(409, `A record with this ${field} already exists`, { [field]: 'Already exists' });
}
