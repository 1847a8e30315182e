import crypto from 'node:crypto';
import { forgetEngineKeys } from '../engine/engine-cache';
import type { Db } from '../../db/knex';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, notFound } from '../../http/errors';
import { writeAudit } from '../audit/audit';

const KEY_PREFIX = 'rxk_';
const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** `rxk_<8-char public id>_<43-char secret>`: the id finds the channel, the hash of the whole key proves it. */
function newKey(): { key: string; prefix: string } {
  const prefix = crypto.randomBytes(6).toString('base64url'); // 8 characters
  return { key: `${KEY_PREFIX}${prefix}_${crypto.randomBytes(32).toString('base64url')}`, prefix };
}

async function findChannel(ctx: ServiceContext, id: number) {
  const channel = await ctx.db('channels').where({ id, org_id: ctx.user.orgId }).first('id', 'code', 'api_key_prefix');
  if (!channel) throw notFound('Channel');
  return channel;
}

/** Creates (or rotates) a channel's key; the key is answered once and stored only as a hash. */
export async function createApiKey(ctx: ServiceContext, channelId: number): Promise<{ key: string; prefix: string }> {
  const channel = await findChannel(ctx, channelId);
  const { key, prefix } = newKey();
  const now = nowIso();
  await ctx.db.transaction(async (trx) => {
    await trx('channels').where({ id: channelId, org_id: ctx.user.orgId })
      .update({ api_key_hash: sha256(key), api_key_prefix: prefix, api_key_created_at: now, updated_at: now });
    await writeAudit({ ...ctx, db: trx }, 'update', 'channels', channelId,
      { api_key: channel.api_key_prefix ? `${KEY_PREFIX}${channel.api_key_prefix}_…` : null }, { api_key: `${KEY_PREFIX}${prefix}_…` });
  });
  forgetEngineKeys(); // a rotated key stops working at once
  return { key, prefix };
}

/** Revokes a channel's key at once: the next ingest with it is a 401. */
export async function revokeApiKey(ctx: ServiceContext, channelId: number): Promise<{ revoked: boolean }> {
  const channel = await findChannel(ctx, channelId);
  if (!channel.api_key_prefix) return { revoked: false };
  await ctx.db.transaction(async (trx) => {
    await trx('channels').where({ id: channelId, org_id: ctx.user.orgId })
      .update({ api_key_hash: null, api_key_prefix: null, api_key_created_at: null, updated_at: nowIso() });
    await writeAudit({ ...ctx, db: trx }, 'update', 'channels', channelId, { api_key: `${KEY_PREFIX}${channel.api_key_prefix}_…` }, { api_key: null });
  });
  forgetEngineKeys();
  return { revoked: true };
}

export interface KeyChannel { id: number; org_id: number; code: string; type: 'online' | 'offline' }

/** The channel a key belongs to, or a 401: missing, malformed, revoked, or a wrong secret (compared in constant time). */
export async function channelOfKey(db: Db, key: unknown): Promise<KeyChannel> {
  const match = typeof key === 'string' ? /^rxk_([A-Za-z0-9_-]{8})_[A-Za-z0-9_-]{43}$/.exec(key) : null;
  if (!match) throw apiError(401, 'api_key_invalid');
  const channel = await db('channels').where({ api_key_prefix: match[1], active: true }).first('id', 'org_id', 'code', 'type', 'api_key_hash');
  const expected = Buffer.from(channel?.api_key_hash ?? '0'.repeat(64), 'hex');
  const actual = Buffer.from(sha256(key as string), 'hex');
  if (!channel || !crypto.timingSafeEqual(expected, actual)) throw apiError(401, 'api_key_invalid');
  return { id: Number(channel.id), org_id: Number(channel.org_id), code: channel.code, type: channel.type };
}
