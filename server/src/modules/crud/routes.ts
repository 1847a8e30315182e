import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { apiError } from '../../http/errors';
import { MAX_INT32 } from '../../../../shared/fields';
import { listHandler } from '../../http/list-handler';
import type { CrudService } from './service';
import type { ListSpec } from '../../http/simple-rest';

/** Path ids are plain decimal 1 … 2³¹−1: `0x10`, `1e3` or ` 16` are not ids. */
export function parseId(raw: string | string[]): number {
  const id = typeof raw === 'string' && /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(id <= MAX_INT32)) throw apiError(400, 'bad_id', {}, { id: 'Invalid id' });
  return id;
}

/** ra-data-simple-rest routes for one resource; HTTP only, the service owns the rules. */
type ReadService = Pick<CrudService, 'list' | 'getOne'> & { def: { resource: string; list: ListSpec } };

export function crudRoutes(db: Db, service: ReadService & Partial<Pick<CrudService, 'create' | 'update' | 'remove'>>): Router {
  const { resource, list } = service.def;
  const router = Router();

  router.get('/', requireAccess(resource, 'list'), listHandler(db, resource, list, service.list));

  router.get('/:id', requireAccess(resource, 'show'), async (req, res) => {
    res.json(await service.getOne(contextOf(req, db), parseId(req.params.id)));
  });

  // Writes are always routed, so the role check answers first (403) even on read-only resources (then 405).
  const readOnly = () => {
    throw apiError(405, 'read_only', { resource });
  };
  const { create, update, remove } = service;

  router.post('/', requireAccess(resource, 'create'), async (req, res) => {
    if (!create) readOnly();
    res.status(201).json(await create!(contextOf(req, db), req.body));
  });

  router.put('/:id', requireAccess(resource, 'edit'), async (req, res) => {
    if (!update) readOnly();
    res.json(await update!(contextOf(req, db), parseId(req.params.id), req.body));
  });

  router.delete('/:id', requireAccess(resource, 'delete'), async (req, res) => {
    if (!remove) readOnly();
    res.json(await remove!(contextOf(req, db), parseId(req.params.id)));
  });

  return router;
}
