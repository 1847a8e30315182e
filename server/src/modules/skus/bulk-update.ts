import { SkuBulkUpdate } from '../../../../shared/schemas';
import type { ServiceContext } from '../../http/context';
import { parseOr400 } from '../../http/errors';
import { skusService } from './resource';

/**
 * Sets the status and/or channel scope of many SKUs in one transaction: each through the ordinary
 * update (same validation, version bump and audit row), so any refusal (a foreign or missing id is a
 * 404) leaves every SKU as it was.
 */
export async function bulkUpdateSkus(ctx: ServiceContext, input: unknown): Promise<{ updated: number; ids: number[] }> {
  const { ids, changes } = parseOr400(SkuBulkUpdate, input);
  const unique = [...new Set(ids)];
  await ctx.db.transaction(async (trx) => {
    const tctx = { ...ctx, db: trx };
    for (const id of unique) {
      const current = await skusService.getOne(tctx, id);
      await skusService.update(tctx, id, { ...current, ...changes });
    }
  });
  return { updated: unique.length, ids: unique };
}
