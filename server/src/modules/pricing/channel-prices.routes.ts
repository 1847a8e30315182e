import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { apiError } from '../../http/errors';
import { listHandler } from '../../http/list-handler';
import { idempotent } from '../../http/idempotency';
import { parseId } from '../crud/routes';
import { channelPricesList, channelPricesService as service } from './channel-prices.service';

export function channelPricesRoutes(db: Db): Router {
  const router = Router();
  router.get('/', requireAccess('channel-prices', 'list'), listHandler(db, 'channel-prices', channelPricesList, service.list));
  // Who has asked for prices in this company: the requester filter's choices (users themselves are admin-only).
  router.get('/requesters', requireAccess('channel-prices', 'list'), async (req, res) => {
    res.json(await service.requesters(contextOf(req, db)));
  });
  router.get('/:id', requireAccess('channel-prices', 'show'), async (req, res) => {
    res.json(await service.getOne(contextOf(req, db), parseId(req.params.id)));
  });
  router.post('/', requireAccess('channel-prices', 'create'), idempotent(db), async (req, res) => {
    res.status(201).json(await service.create(contextOf(req, db), req.body));
  });
  router.post('/batch', requireAccess('channel-prices', 'create'), idempotent(db), async (req, res) => {
    res.status(201).json(await service.createBatch(contextOf(req, db), req.body));
  });
  router.post('/:id/approve', async (req, res) => {
    res.json(await service.decide(contextOf(req, db), parseId(req.params.id), 'approved', req.body));
  });
  router.post('/:id/reject', async (req, res) => {
    res.json(await service.decide(contextOf(req, db), parseId(req.params.id), 'rejected', req.body));
  });
  router.put('/:id', requireAccess('channel-prices', 'edit'), () => {
    throw apiError(405, 'price_history_immutable');
  });
  router.delete('/:id', requireAccess('channel-prices', 'delete'), async (req, res) => {
    res.json(await service.withdraw(contextOf(req, db), parseId(req.params.id)));
  });
  return router;
}
