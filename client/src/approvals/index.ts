import { lazy } from 'react';
import type { PriceRecord } from '../prices/types';
import { ApprovalsMenuBadge } from './ApprovalsMenuBadge';

export { ApprovalsMenuBadge } from './ApprovalsMenuBadge';
export { usePendingApprovalsCount } from './usePendingApprovalsCount';

/** `<Resource name="channel-prices" {...approvals} />`: the approval queue (loaded on first visit); the menu icon shows the pending count. */
const approvals = {
  list: lazy(() => import('./ApprovalList').then((m) => ({ default: m.ApprovalList }))),
  icon: ApprovalsMenuBadge,
  recordRepresentation: (record: PriceRecord) => `${record.sku_code} · ${record.channel_name}`,
};

export default approvals;
