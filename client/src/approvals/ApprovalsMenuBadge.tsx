import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import { Badge } from '@mui/material';
import { useTranslate } from 'react-admin';
import { usePendingApprovalsCount } from './usePendingApprovalsCount';

/** The approvals icon with the number of requests waiting; used as the resource's menu icon. */
export const ApprovalsMenuBadge = () => {
  const count = usePendingApprovalsCount();
  const translate = useTranslate();
  return (
    <Badge badgeContent={count} color="warning" max={999} title={count ? translate('rx.approvals.pending_count', { smart_count: count }) : undefined}>
      <FactCheckIcon />
    </Badge>
  );
};
