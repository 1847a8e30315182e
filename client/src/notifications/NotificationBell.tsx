import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslate } from 'react-admin';
import { fetchUnreadCount, UNREAD_COUNT_KEY } from './api';

// The list (and its date formatting) loads on the first click, not with the app shell.
const NotificationPopover = lazy(() => import('./NotificationPopover'));

const POLL_MS = 30_000;

/** The app bar's bell: my unread notifications plus, for approvers, the requests waiting for them. */
export const NotificationBell = () => {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data } = useQuery({
    queryKey: UNREAD_COUNT_KEY,
    queryFn: fetchUnreadCount,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: 'always',
    retry: false,
  });
  const count = (data?.count ?? 0) + (data?.pending_approvals ?? 0) + (data?.pending_promotions ?? 0);
  const label = translate('rx.notifications.bell', { count });
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} data-testid="notification-bell" onClick={(e) => setAnchor(e.currentTarget)}>
          <Badge badgeContent={count} color="error" max={99}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      {anchor && (
        <Suspense fallback={null}>
          <NotificationPopover anchor={anchor} pendingApprovals={data?.pending_approvals ?? 0} pendingPromotions={data?.pending_promotions ?? 0} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
};
