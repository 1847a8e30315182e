import { z } from 'zod';
import type { Db } from '../../db/knex';
import { DEFAULT_ORG_SETTINGS, OrgSettings } from '../../../../shared/pricing-schemas';
import { Version } from '../../../../shared/fields';
import { englishMessage, msg } from '../../../../shared/validation-messages';
import { nowIso, type ServiceContext } from '../../http/context';
import { apiError, parseOr400 } from '../../http/errors';
import { writeAudit } from '../audit/audit';
import { redaySales } from '../orders/sales-days';
import { redayObservations } from '../compliance/observation-days';

export type VersionedSettings = OrgSettings & { version: number };

const readStored = (text: string | null | undefined): Partial<VersionedSettings> => (text ? JSON.parse(text) : {});

/** Company-wide rules, stored as JSON on the organization, with defaults for anything unset. */
export async function getOrgSettings(db: Db, orgId: number): Promise<VersionedSettings> {
  const row = await db('organizations').where({ id: orgId }).first('settings');
  return { ...DEFAULT_ORG_SETTINGS, version: 1, ...readStored(row?.settings) };
}

/**
 * Replaces the settings an admin edited, conditional on the version they read: of two admins saving
 * at once, the second gets 409 instead of silently undoing the first.
 */
export async function updateOrgSettings(ctx: ServiceContext, input: unknown): Promise<VersionedSettings> {
  const { version } = parseOr400(z.object({ version: Version }), input);
  const settings = parseOr400(OrgSettings, input);
  return ctx.db.transaction(async (trx) => {
    const row = await trx('organizations').where({ id: ctx.user.orgId }).first('settings');
    const before = { ...DEFAULT_ORG_SETTINGS, version: 1, ...readStored(row?.settings) };
    if (before.version !== version) throw apiError(409, 'stale_version', {}, { version: englishMessage(msg('stale_version')) });
    const after: VersionedSettings = { ...settings, version: version + 1 };
    const unchangedSince = (q: ReturnType<typeof trx>) => (row?.settings == null ? q.whereNull('settings') : q.where('settings', row.settings));
    const changed = await unchangedSince(trx('organizations').where({ id: ctx.user.orgId }))
      .update({ settings: JSON.stringify(after), updated_at: nowIso() });
    if (changed !== 1) throw apiError(409, 'stale_version', {}, { version: englishMessage(msg('stale_version')) });
    // Sales are counted by day in the company's zone: a new zone re-days every order and rebuilds the rollups.
    if (before.time_zone !== after.time_zone) {
      await redaySales(trx, ctx.user.orgId, after.time_zone);
      await redayObservations(trx, ctx.user.orgId, after.time_zone);
    }
    await writeAudit({ ...ctx, db: trx }, 'update', 'settings', ctx.user.orgId, before, after);
    return after;
  });
}
