/** Texts of the notification bell; merged into en.ts and zh.ts. The notifications themselves are in shared/notification-messages.ts. */
const en = {
  rx: {
    notifications: {
      title: 'Notifications',
      bell: 'Notifications: %{count} new',
      empty: 'No notifications yet. You will hear here when your requests are decided.',
      mark_all_read: 'Mark all read',
      load_failed: 'Notifications could not be loaded.',
    },
  },
};

const zh: typeof en = {
  rx: {
    notifications: {
      title: '通知',
      bell: '通知：%{count} 条新消息',
      empty: '暂无通知。您的申请被审批后会在这里提醒您。',
      mark_all_read: '全部标为已读',
      load_failed: '通知加载失败。',
    },
  },
};

export const notificationUiMessages = { en, zh };
