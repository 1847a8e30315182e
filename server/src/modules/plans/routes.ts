import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { crudRoutes } from '../crud/routes';
import { salesPlansService } from './resource';

/** simple-rest plans, plus the salespeople a plan may name (sales staff may not read the user list). */
export function salesPlanRoutes(db: Db): Router {
  const router = Router();
  router.get('/salespeople', requireAccess('sales-plans', 'list'), async (req, res) => {
    const ctx = contextOf(req, db);
    res.json(await ctx.db('users').where({ org_id: ctx.user.orgId, role: 'sales', active: true }).orderBy('name_sort').select('id', 'name'));
  });
  router.use(crudRoutes(db, salesPlansService));
  return router;
}
