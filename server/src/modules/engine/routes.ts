import { Router, type Request, type Response } from 'express';
import { readerOf, writerOf, type Db } from '../../db/knex';
import { cachedChannel } from './engine-cache';
import { inTimeZone } from '../../http/request-time-zone';
import { parseId } from '../crud/routes';
import { channelOfKey } from '../ingest/api-keys';
import { getOrgSettings } from '../settings/service';
import { quote, takeOrder } from './engine-orders';
import { joinGroup, openGroup, readGroup } from './group-buys';
import type { EngineChannel } from './live-items';

/** The channel of the request's API key (never a console session), with its audience and the company's time zone. */
async function engineChannel(db: Db, key: unknown): Promise<EngineChannel> {
  return cachedChannel(db, key, async () => {
    const channel = await channelOfKey(db, key);
    const { audience } = await db('channels').where('id', channel.id).first('audience');
    const { time_zone } = await getOrgSettings(db, channel.org_id);
    return { ...channel, audience, time_zone };
  });
}

/**
 * The promotion engine for shops and partner channels (header `X-Api-Key`): quotes, orders at
 * promotion prices, and group buys. Times without an offset are in the company's zone.
 */
export function engineRoutes(db: Db): Router {
  const router = Router();
  const writer = writerOf(db);
  const reader = readerOf(db); // quotes only read: SQLite's read pool runs them beside the writer
  const withChannel = (handle: (channel: EngineChannel, req: Request) => Promise<{ status: number; body: unknown }>) =>
    async (req: Request, res: Response) => {
      const channel = await engineChannel(reader, req.get('X-Api-Key'));
      const { status, body } = await inTimeZone(channel.time_zone, () => handle(channel, req));
      // Written as is: answers are never cached, so Express's ETag and freshness checks are waste here.
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    };
  router.post('/quote', withChannel(async (channel, req) => ({ status: 200, body: await quote(reader, channel, req.body) })));
  router.post('/orders', withChannel(async (channel, req) => {
    const { status, order } = await takeOrder(writer, channel, req.body);
    return { status, body: order };
  }));
  router.post('/groups', withChannel(async (channel, req) => {
    const { status, group } = await openGroup(writer, channel, req.body);
    return { status, body: group };
  }));
  router.post('/groups/:id/join', withChannel(async (channel, req) => {
    const { status, group } = await joinGroup(writer, channel, parseId(req.params.id), req.body);
    return { status, body: group };
  }));
  router.get('/groups/:id', withChannel(async (channel, req) => ({ status: 200, body: await readGroup(writer, channel, parseId(req.params.id)) })));
  return router;
}
