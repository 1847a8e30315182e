import type { SalesQuery } from '../sales/api';

export const SALES_REPORT_PATH = '/sales-report';

/** A link to the sales report with its choices in the address, so it can be bookmarked and shared. */
export function reportPath(q: SalesQuery): string {
  const params = new URLSearchParams({ group_by: q.group_by.join(','), filter: JSON.stringify(q.filter) });
  if (q.compare) params.set('compare', q.compare);
  return `${SALES_REPORT_PATH}?${params}`;
}

/** The report's choices read back from its address. */
export function queryFromSearch(search: URLSearchParams, fallback: SalesQuery): SalesQuery {
  let filter = fallback.filter;
  try {
    const parsed = JSON.parse(search.get('filter') ?? '');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) filter = parsed;
  } catch {
    // keep the fallback
  }
  const groupBy = search.get('group_by');
  const compare = search.get('compare');
  return {
    group_by: groupBy === null ? fallback.group_by : groupBy.split(',').filter(Boolean),
    filter,
    compare: compare === 'previous_period' || compare === 'previous_year' ? compare : undefined,
  };
}
