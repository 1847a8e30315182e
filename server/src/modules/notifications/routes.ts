import { Router } from 'express';
import type { Db } from '../../db/knex';
import { requireAccess } from '../../http/auth';
import { contextOf } from '../../http/context';
import { forbidden } from '../../http/errors';
import { listHandler } from '../../http/list-handler';
import { parseId } from '../crud/routes';
import { notificationsList, notificationsService as service } from './service';

/**
 * The caller's own notifications. Marking one's own as read is part of reading them, so every
 * route needs only read access (which every role has); nobody creates or edits them over HTTP.
 */
export function notificationsRoutes(db: Db): Router {
  const router = Router();
  router.get('/', requireAccess('notifications', 'list'), listHandler(db, 'notifications', notificationsList, service.list));
  router.get('/unread-count', requireAccess('notifications', 'list'), async (req, res) => {
    res.json(await service.unreadCount(contextOf(req, db)));
  });
  router.post('/read-all', requireAccess('notifications', 'list'), async (req, res) => {
    res.json(await service.markAllRead(contextOf(req, db)));
  });
  router.get('/:id', requireAccess('notifications', 'show'), async (req, res) => {
    res.json(await service.getOne(contextOf(req, db), parseId(req.params.id)));
  });
  router.post('/:id/read', requireAccess('notifications', 'show'), async (req, res) => {
    res.json(await service.markRead(contextOf(req, db), parseId(req.params.id)));
  });
  // No role writes notifications: the role check answers these (403) before anything else.
  const refuse = () => {
    throw forbidden();
  };
  router.post('/', requireAccess('notifications', 'create'), refuse);
  router.put('/:id', requireAccess('notifications', 'edit'), refuse);
  router.delete('/:id', requireAccess('notifications', 'delete'), refuse);
  return router;
}
