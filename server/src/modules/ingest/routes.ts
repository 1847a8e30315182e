import express, { Router } from 'express';
import { writerOf, type Db } from '../../db/knex';
import { inTimeZone } from '../../http/request-time-zone';
import { getOrgSettings } from '../settings/service';
import { channelOfKey } from './api-keys';
import { ingestOrders } from './ingest-orders';

export const INGEST_BODY_LIMIT = '10mb';

/** Channel systems push orders with their API key (header `X-Api-Key`); no session, no cookie. */
export function ingestRoutes(db: Db): Router {
  const router = Router();
  router.post('/orders', express.json({ limit: INGEST_BODY_LIMIT }), async (req, res) => {
    const writer = writerOf(db);
    const channel = await channelOfKey(writer, req.get('X-Api-Key'));
    const { time_zone } = await getOrgSettings(writer, channel.org_id);
    // Times without an offset are in the company's zone, as in the console.
    res.json(await inTimeZone(time_zone, () => ingestOrders(writer, channel, req.body)));
  });
  return router;
}
