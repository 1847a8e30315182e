import { clock } from '../clock';
import type { Request } from 'express';
import { readerOf, writerOf, type Db } from '../db/knex';
import type { Role } from '../../../shared/enums';

export interface AuthUser {
  userId: number;
  orgId: number;
  role: Role;
  email: string;
  name: string;
  locale: string;
  /** The company's time zone (company settings), in which bare dates and days are read. */
  timeZone?: string;
}

/** What every service call receives: the database (or a transaction) and who is asking. */
export interface ServiceContext {
  db: Db;
  user: AuthUser;
}

declare module 'express-serve-static-core' {
  interface Request {
    auth?: AuthUser;
  }
}

/** Reads run on the read pool (never queued behind a long write on SQLite); writes on the writer. */
export function contextOf(req: Request, db: Db): ServiceContext {
  if (!req.auth) throw new Error('contextOf called before authentication');
  const reading = req.method === 'GET' || req.method === 'HEAD';
  return { db: reading ? readerOf(db) : writerOf(db), user: req.auth };
}


export const nowIso = () => clock.now().toISOString();
