export { NotificationBell } from './NotificationBell';
export { notificationUiMessages } from './i18n';
