import type { Db } from '../../db/knex';
import { DEFAULT_ORG_SETTINGS, OrgSettings } from '../../../../shared/pricing-schemas';
import { nowIso, type ServiceContext } from '../../http/context';
import { parseOr400 } from '../../http/errors';
import { writeAudit } from '../audit/audit';

/** Company-wide rules, stored as JSON on the organization, with defaults for anything unset. */
export async function getOrgSettings(db: Db, orgId: number): Promise<OrgSettings> {
  const row = await db('organizations').where({ id: orgId }).first('settings');
  return { ...DEFAULT_ORG_SETTINGS, ...(row?.settings ? JSON.parse(row.settings) : {}) };
}

export async function updateOrgSettings(ctx: ServiceContext, input: unknown): Promise<OrgSettings> {
  const settings = parseOr400(OrgSettings, input);
  return ctx.db.transaction(async (trx) => {
    const before = await getOrgSettings(trx, ctx.user.orgId);
    await trx('organizations').where({ id: ctx.user.orgId }).update({ settings: JSON.stringify(settings), updated_at: nowIso() });
    await writeAudit({ ...ctx, db: trx }, 'update', 'settings', ctx.user.orgId, before, settings);
    return settings;
  });
}
