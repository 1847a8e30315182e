import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { badRequest } from '../../http/errors';
import { listHandler } from '../../http/list-handler';
import type { CrudService } from './service';

export function parseId(raw: string | string[]): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id < 1) throw badRequest('id must be a positive whole number', { id: 'Invalid id' });
  return id;
}

/** ra-data-simple-rest routes for one resource; HTTP only, the service owns the rules. */
type ReadService = Pick<CrudService, 'def' | 'list' | 'getOne'>;

export function crudRoutes(db: Db, service: ReadService & Partial<CrudService>): Router {
  const { resource, list } = service.def;
  const router = Router();

  router.get('/', requireAccess(resource, 'list'), listHandler(db, resource, list, service.list));

  router.get('/:id', requireAccess(resource, 'show'), async (req, res) => {
    res.json(await service.getOne(contextOf(req, db), parseId(req.params.id)));
  });

  const { create, update, remove } = service;
  if (!create || !update || !remove) return router;

  router.post('/', requireAccess(resource, 'create'), async (req, res) => {
    res.status(201).json(await create(contextOf(req, db), req.body));
  });

  router.put('/:id', requireAccess(resource, 'edit'), async (req, res) => {
    res.json(await update(contextOf(req, db), parseId(req.params.id), req.body));
  });

  router.delete('/:id', requireAccess(resource, 'delete'), async (req, res) => {
    res.json(await remove(contextOf(req, db), parseId(req.params.id)));
  });

  return router;
}
