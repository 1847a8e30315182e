import { ApiError } from '../prices/api';
import type { ApprovalSettings } from '../policies/api';

export type CompanySettings = ApprovalSettings & {
  time_zone: string;
  version: number;
  /** Violation severity by gap in percent (5 and 15 by default): below the first low, below the second medium, else high. */
  severity_low_below_pct?: number;
  severity_medium_below_pct?: number;
};

/** The query key every reader of the company settings shares (approvals, time zone, this screen). */
export const SETTINGS_KEY = ['approval-settings'];

/** PUT /api/settings with the version read: 409 when another admin saved first. */
export async function saveCompanySettings(settings: CompanySettings): Promise<CompanySettings> {
  const res = await fetch('/api/settings', {
    method: 'PUT',
    credentials: 'include',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(settings),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(body.message ?? res.statusText, res.status, body.errors ?? {}, body.key);
  return body;
}

/** Zones Chinese pharma companies and their foreign parents work in; the stored one is always offered. */
export const TIME_ZONES = [
  'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'Asia/Urumqi', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul',
  'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'UTC',
];
