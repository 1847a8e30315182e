import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { salesReport } from './sales-report';
import { planAttainment } from './plan-attainment';

/** Reports: read by every role, computed from the rollups. */
export function reportRoutes(db: Db): Router {
  const router = Router();
  router.get('/sales', requireAccess('reports', 'list'), async (req, res) => {
    res.json(await salesReport(contextOf(req, db), req.query as Record<string, unknown>));
  });
  router.get('/plan-attainment', requireAccess('reports', 'list'), async (req, res) => {
    res.json(await planAttainment(contextOf(req, db), req.query as Record<string, unknown>));
  });
  return router;
}
