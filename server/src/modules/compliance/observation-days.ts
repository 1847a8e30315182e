import { dayFinder } from '../../../../shared/instants';
import type { Db } from '../../db/knex';
import { stagingRowEncoder, updateEncodedRows, type ColumnType } from '../sales-imports/sales-import-jobs';

const PAGE = 10_000;
const DAY_COLUMNS: Record<string, ColumnType> = { id: 'integer', day: 'text' };

/**
 * A new company time zone moves the calendar day of every observation and so the daily counts the
 * compliance trend reads: the days are recomputed page by page and the counts rebuilt from them.
 */
export async function redayObservations(db: Db, orgId: number, timeZone: string): Promise<void> {
  const dayOf = dayFinder(timeZone);
  const encode = stagingRowEncoder(db, DAY_COLUMNS);
  for (let after = 0; ;) {
    const rows: { id: number; observed_at: string; day: string }[] = await db('price_observations').where('org_id', orgId).andWhere('id', '>', after)
      .orderBy('id').limit(PAGE).select('id', 'observed_at', 'day');
    const moved = rows.filter((r) => dayOf(r.observed_at) !== r.day).map((r) => encode({ id: Number(r.id), day: dayOf(r.observed_at) }));
    await updateEncodedRows(db, 'price_observations', DAY_COLUMNS, moved);
    if (rows.length < PAGE) break;
    after = Number(rows[rows.length - 1].id);
  }
  await db('observation_daily').where('org_id', orgId).delete();
  await db.raw(
    `INSERT INTO observation_daily (org_id, day, channel_id, observations, compliant)
     SELECT org_id, day, channel_id, COUNT(*), SUM(CASE WHEN compliant THEN 1 ELSE 0 END) FROM price_observations WHERE org_id = ? GROUP BY org_id, day, channel_id`,
    [orgId],
  );
}
