import type { ViolationKind } from '../../../shared/compliance';
import { UNRESOLVED } from '../violations/choices';
import { addDays } from '../sales/calendar';

export const COMPLIANCE_PATH = '/compliance';

type FilterValue = string | number | boolean | string[];

/** Filters the violations list always shows; the others are opened for the filters a link sets. */
const ALWAYS_ON = new Set(['q', 'status', 'kind', 'severity', 'channel_id']);
const SELLERS_ALWAYS_ON = new Set(['q', 'channel_id', 'authorized']);

/**
 * A list with a filter, as react-admin reads it from the address (`#/violations?filter={...}`);
 * inputs that are not always shown are opened (`displayedFilters`) so the reader sees and can clear them.
 */
function listPath(resource: string, filter: Record<string, FilterValue>, alwaysOn: Set<string>): string {
  const displayed = Object.fromEntries(Object.keys(filter).filter((k) => !alwaysOn.has(k)).map((k) => [k, true]));
  const params = new URLSearchParams({ filter: JSON.stringify(filter), page: '1' });
  if (Object.keys(displayed).length) params.set('displayedFilters', JSON.stringify(displayed));
  return `/${resource}?${params}`;
}

export const violationsPath = (filter: Record<string, FilterValue>) => listPath('violations', filter, ALWAYS_ON);

/** The sellers list with a filter (`authorized: "unreviewed"` for the stores nobody has looked at yet). */
export const sellersPath = (filter: Record<string, FilterValue>) => listPath('sellers', filter, SELLERS_ALWAYS_ON);

/** Monday of the week holding `day` (YYYY-MM-DD). */
export function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

const unresolved = () => [...UNRESOLVED];

/** Where each figure of the compliance page leads: the violations behind it ("open" counts open and acknowledged ones, as the summary does). */
export const drill = {
  open: () => violationsPath({ status: unresolved() }),
  kind: (kind: ViolationKind) => violationsPath({ kind, status: unresolved() }),
  /** Opened since Monday (`weekStart`) of the company's week, whatever became of them. */
  newThisWeek: (weekStart: string) => violationsPath({ first_seen_at_gte: weekStart }),
  resolvedThisWeek: (weekStart: string) => violationsPath({ status: ['resolved'], closed_at_gte: weekStart }),
  channel: (channelId: number) => violationsPath({ channel_id: channelId, status: unresolved() }),
  sku: (skuId: number) => violationsPath({ sku_id: skuId, status: unresolved() }),
  seller: (sellerId: number) => violationsPath({ seller_id: sellerId, status: unresolved() }),
  unauthorized: () => violationsPath({ kind: 'unauthorized_seller', status: unresolved() }),
  unreviewed: () => sellersPath({ authorized: 'unreviewed' }),
};
