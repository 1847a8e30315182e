import { readerOf, writerOf, type Db } from '../../db/knex';
import type { MachineRequest, MachineRoute } from '../../http/machine-api';
import { inTimeZone } from '../../http/request-time-zone';
import { parseId } from '../crud/routes';
import { channelOfKey } from '../ingest/api-keys';
import { getOrgSettings } from '../settings/service';
import { cachedChannel } from './engine-cache';
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
 * The promotion engine for shops and partner channels (header `X-Api-Key`), under `/api/engine`:
 * quotes, orders at promotion prices, and group buys. Times without an offset are in the company's
 * zone. Served by `machineApi`, in front of the console's Express app.
 */
export function engineRoutes(db: Db): MachineRoute[] {
  const writer = writerOf(db);
  const reader = readerOf(db); // quotes only read: SQLite's read pool runs them beside the writer
  const withChannel = (handle: (channel: EngineChannel, req: MachineRequest) => Promise<{ status: number; body: unknown }>) =>
    async (req: MachineRequest) => {
      const channel = await engineChannel(reader, req.headers['x-api-key']);
      return inTimeZone(channel.time_zone, () => handle(channel, req));
    };
  return [
    { method: 'POST', path: /^\/api\/engine\/quote\/?$/, handle: withChannel(async (channel, req) => ({ status: 200, body: await quote(reader, channel, req.body) })) },
    {
      method: 'POST', path: /^\/api\/engine\/orders\/?$/, handle: withChannel(async (channel, req) => {
        const { status, order } = await takeOrder(writer, channel, req.body);
        return { status, body: order };
      }),
    },
    {
      method: 'POST', path: /^\/api\/engine\/groups\/?$/, handle: withChannel(async (channel, req) => {
        const { status, group } = await openGroup(writer, channel, req.body);
        return { status, body: group };
      }),
    },
    {
      method: 'POST', path: /^\/api\/engine\/groups\/([^/]+)\/join\/?$/, handle: withChannel(async (channel, req) => {
        const { status, group } = await joinGroup(writer, channel, parseId(req.params[0]), req.body);
        return { status, body: group };
      }),
    },
    {
      method: 'GET', path: /^\/api\/engine\/groups\/([^/]+)\/?$/,
      handle: withChannel(async (channel, req) => ({ status: 200, body: await readGroup(writer, channel, parseId(req.params[0])) })),
    },
  ];
}
