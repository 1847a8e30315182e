import type { z } from 'zod';
import type { ValidationMessageKey } from '../../../../shared/validation-messages';
import type { ListSpec } from '../../http/simple-rest';
import type { ServiceContext } from '../../http/context';

type Row = Record<string, unknown>;

/** Everything the generic CRUD service needs to know about one resource. */
export interface ResourceDef {
  /** API path segment, permission key and audit resource name. */
  resource: string;
  table: string;
  list: ListSpec;
  createSchema: z.ZodType;
  updateSchema?: z.ZodType;
  /** Columns never sent to clients. */
  hidden?: string[];
  /** Foreign keys that must point at a record of the caller's own organization. */
  references?: Record<string, { table: string; label: string; missing: ValidationMessageKey }>;
  /** Turns validated input into column values (hash a password, ...). */
  prepare?: (ctx: ServiceContext, data: Row, existing?: Row) => Promise<Row> | Row;
  /** Runs inside the write transaction after the change. */
  afterWrite?: (ctx: ServiceContext, before: Row | null, after: Row | null) => Promise<void>;
  /** Refuses a delete with an HttpError when business rules forbid it. */
  beforeDelete?: (ctx: ServiceContext, existing: Row) => Promise<void> | void;
}
