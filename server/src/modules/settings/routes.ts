import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { getOrgSettings, updateOrgSettings } from './service';
import { approversCount } from '../pricing/approvers';

export function settingsRoutes(db: Db): Router {
  const router = Router();
  router.get('/', requireAccess('settings', 'show'), async (req, res) => {
    // approvers_count: the approvals screen says when nobody else can decide a request.
    res.json({ id: 'company', ...(await getOrgSettings(db, req.auth!.orgId)), approvers_count: await approversCount(db, req.auth!.orgId) });
  });
  router.put('/', requireAccess('settings', 'edit'), async (req, res) => {
    res.json({ id: 'company', ...(await updateOrgSettings(contextOf(req, db), req.body)) });
  });
  return router;
}
