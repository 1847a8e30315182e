import type { PriceRecord } from '../prices/types';
import { ApprovalList } from './ApprovalList';
import { ApprovalsMenuBadge } from './ApprovalsMenuBadge';

export { ApprovalList } from './ApprovalList';
export { ApprovalsMenuBadge } from './ApprovalsMenuBadge';
export { usePendingApprovalsCount } from './usePendingApprovalsCount';

/** `<Resource name="channel-prices" {...approvals} />`: the approval queue; the menu icon shows the pending count. */
const approvals = {
  list: ApprovalList,
  icon: ApprovalsMenuBadge,
  recordRepresentation: (record: PriceRecord) => `${record.sku_code} · ${record.channel_name}`,
};

export default approvals;
