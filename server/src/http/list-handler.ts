import type { RequestHandler } from 'express';
import type { Db } from '../db/knex';
import { contextOf, type ServiceContext } from './context';
import { contentRange, parseListQuery, type ListQuery, type ListSpec } from './simple-rest';

type ListFn = (ctx: ServiceContext, query: ListQuery) => Promise<{ records: unknown[]; total: number }>;

/** The one simple-rest list endpoint: parse sort/range/filter, ask the service, answer with Content-Range. */
export function listHandler(db: Db, resource: string, spec: ListSpec, list: ListFn): RequestHandler {
  return async (req, res) => {
    const query = parseListQuery(req.query as Record<string, unknown>, spec);
    const { records, total } = await list(contextOf(req, db), query);
    res.set('Content-Range', contentRange(resource, query.range.start, records.length, total));
    res.json(records);
  };
}
