import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { crudRoutes, parseId } from '../crud/routes';
import { pricePoliciesService as service } from './policies.service';

/** simple-rest CRUD plus the decision on a waiting lowering and the policy's history. */
export function pricePoliciesRoutes(db: Db): Router {
  const router = Router();
  router.get('/:id/history', requireAccess('price-policies', 'show'), async (req, res) => {
    res.json(await service.history(contextOf(req, db), parseId(req.params.id)));
  });
  router.post('/:id/approve', async (req, res) => {
    res.json(await service.decide(contextOf(req, db), parseId(req.params.id), 'approved', req.body));
  });
  router.post('/:id/reject', async (req, res) => {
    res.json(await service.decide(contextOf(req, db), parseId(req.params.id), 'rejected', req.body));
  });
  router.use(crudRoutes(db, service));
  return router;
}
