import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { crudRoutes, parseId } from '../crud/routes';
import { promotionsService } from './promotions.service';
import { cancelPromotion, decidePromotion, submitPromotion } from './promotion-workflow';
import { promotionResults } from './promotion-results';

/** simple-rest promotions with items embedded, and their workflow: submit, approve, reject, cancel. */
export function promotionsRoutes(db: Db): Router {
  const router = Router();
  router.post('/:id/submit', requireAccess('promotions', 'edit'), async (req, res) => {
    res.json(await submitPromotion(contextOf(req, db), parseId(req.params.id)));
  });
  // Deciding needs the approver role (checked by the workflow), on top of reading promotions at all.
  router.post('/:id/approve', requireAccess('promotions', 'show'), async (req, res) => {
    res.json(await decidePromotion(contextOf(req, db), parseId(req.params.id), 'approved', req.body));
  });
  router.post('/:id/reject', requireAccess('promotions', 'show'), async (req, res) => {
    res.json(await decidePromotion(contextOf(req, db), parseId(req.params.id), 'rejected', req.body));
  });
  router.post('/:id/cancel', requireAccess('promotions', 'edit'), async (req, res) => {
    res.json(await cancelPromotion(contextOf(req, db), parseId(req.params.id)));
  });
  router.get('/:id/results', requireAccess('promotions', 'show'), async (req, res) => {
    res.json(await promotionResults(contextOf(req, db), parseId(req.params.id)));
  });
  router.use(crudRoutes(db, promotionsService));
  return router;
}
