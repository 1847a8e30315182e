import { Box, Button, Divider, List, ListItemButton, ListItemText, Popover, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { APPROVALS_PATH, isAppPath, markAllRead, markRead, NOTIFICATIONS_KEY, notificationText, type Notification } from './api';

interface Props {
  anchor: HTMLElement;
  pendingApprovals: number;
  pendingPromotions: number;
  onClose: () => void;
}

/** Recent notifications in the UI language, newest first: a click marks one read and opens its link. */
const NotificationPopover = ({ anchor, pendingApprovals, pendingPromotions, onClose }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data = [], isPending, error } = useGetList<Notification>('notifications', {
    pagination: { page: 1, perPage: 20 },
    sort: { field: 'created_at', order: 'DESC' },
  });
  const timeZone = useCompanyTimeZone();
  const time = useMemo(
    () => new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone }),
    [locale, timeZone],
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });

  const open = async (notification: Notification) => {
    onClose();
    if (!notification.read_at) await markRead(notification.id).catch(() => undefined);
    void refresh();
    if (isAppPath(notification.link)) navigate(notification.link);
  };
  const openApprovals = () => {
    onClose();
    navigate(APPROVALS_PATH);
  };
  const readAll = async () => {
    await markAllRead().catch(() => undefined);
    void refresh();
  };

  const unread = data.some((n) => !n.read_at);
  const empty = !isPending && !error && data.length === 0 && pendingApprovals === 0 && pendingPromotions === 0;
  return (
    <Popover
      open
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ paper: { sx: { width: 380, maxWidth: '95vw', maxHeight: '70vh' } } }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', px: 2, py: 1 }}>
        <Typography variant="subtitle1" component="h2">{translate('rx.notifications.title')}</Typography>
        <Button size="small" disabled={!unread} onClick={readAll}>{translate('rx.notifications.mark_all_read')}</Button>
      </Box>
      <Divider />
      {empty && <Typography sx={{ p: 2 }} color="text.secondary">{translate('rx.notifications.empty')}</Typography>}
      {error ? <Typography sx={{ p: 2 }} color="error">{translate('rx.notifications.load_failed')}</Typography> : null}
      <List dense disablePadding data-testid="notification-list">
        {pendingApprovals > 0 && (
          <ListItemButton onClick={openApprovals} sx={{ bgcolor: 'action.hover' }}>
            <ListItemText
              primary={notificationText(locale, { key: 'approvals_waiting', params: { count: pendingApprovals } })}
              slotProps={{ primary: { fontWeight: 600 } }}
            />
          </ListItemButton>
        )}
        {pendingPromotions > 0 && (
          <ListItemButton onClick={openApprovals} sx={{ bgcolor: 'action.hover' }} data-testid="promotions-waiting">
            <ListItemText
              primary={notificationText(locale, { key: 'promotions_waiting', params: { count: pendingPromotions } })}
              slotProps={{ primary: { fontWeight: 600 } }}
            />
          </ListItemButton>
        )}
        {data.map((n) => (
          <ListItemButton key={n.id} onClick={() => open(n)} divider>
            <ListItemText
              primary={notificationText(locale, n)}
              secondary={time.format(new Date(n.created_at))}
              slotProps={{ primary: { fontWeight: n.read_at ? 400 : 600 } }}
            />
          </ListItemButton>
        ))}
      </List>
    </Popover>
  );
};

export default NotificationPopover;
