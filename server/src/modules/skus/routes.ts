import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { crudRoutes } from '../crud/routes';
import { bulkUpdateSkus } from './bulk-update';
import { skusService } from './resource';

/** simple-rest CRUD plus bulk edit of status and channel scope. */
export function skusRoutes(db: Db): Router {
  const router = Router();
  router.post('/bulk-update', requireAccess('skus', 'edit'), async (req, res) => {
    res.json(await bulkUpdateSkus(contextOf(req, db), req.body));
  });
  router.use(crudRoutes(db, skusService));
  return router;
}
