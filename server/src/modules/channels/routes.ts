import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { crudRoutes, parseId } from '../crud/routes';
import { createApiKey, revokeApiKey } from '../ingest/api-keys';
import { channelsService } from './resource';

/** simple-rest channels, plus the channel's API key (admins only): create or rotate, revoke. */
export function channelRoutes(db: Db): Router {
  const router = Router();
  router.post('/:id/api-key', requireAccess('channel-api-keys', 'create'), async (req, res) => {
    res.status(201).json(await createApiKey(contextOf(req, db), parseId(req.params.id)));
  });
  router.delete('/:id/api-key', requireAccess('channel-api-keys', 'delete'), async (req, res) => {
    res.json(await revokeApiKey(contextOf(req, db), parseId(req.params.id)));
  });
  router.use(crudRoutes(db, channelsService));
  return router;
}
