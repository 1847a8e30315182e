import { dayInZone } from '../../../../shared/instants';
import type { Db } from '../../db/knex';
import { nowIso } from '../../http/context';
import { getOrgSettings } from '../settings/service';

const DAY_MS = 86_400_000;

/**
 * The company's calendar days from `since` to now (and the next, for a clock a little ahead): a
 * seller's sightings are sought day by day on the observations' day-then-seller index.
 */
export async function companyDaysSince(db: Db, orgId: number, since: string): Promise<string[]> {
  const { time_zone } = await getOrgSettings(db, orgId);
  const last = dayInZone(new Date(Date.parse(nowIso()) + DAY_MS).toISOString(), time_zone);
  const days: string[] = [];
  for (let ms = Date.parse(`${dayInZone(since, time_zone)}T00:00:00Z`); ; ms += DAY_MS) {
    const day = new Date(ms).toISOString().slice(0, 10);
    days.push(day);
    if (day >= last) return days;
  }
}
