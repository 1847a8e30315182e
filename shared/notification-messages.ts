import { catalogueFor, fillTemplate } from './message-template';

/**
 * Texts of the notifications the bell shows. The server stores a key and its params, never text,
 * so each reader sees a notification in their own language (polyglot-style `%{name}` placeholders;
 * "a |||| b" is a singular and a plural form chosen by `count`). Later issues add their events here.
 */
export const notificationMessages = {
  en: {
    price_request_approved: 'Your price request for %{sku} on %{channel} (¥%{price}) was approved',
    price_request_rejected: 'Your price request for %{sku} on %{channel} (¥%{price}) was rejected: %{note}',
    approvals_waiting: '%{count} price request waits for your decision |||| %{count} price requests wait for your decision',
    promotions_waiting: '%{count} promotion waits for your decision |||| %{count} promotions wait for your decision',
    promotion_approved: 'Your promotion "%{name}" was approved',
    promotion_rejected: 'Your promotion "%{name}" was rejected: %{note}',
    violations_assigned: '%{count} new price breach on your channels needs fixing |||| %{count} new price breaches on your channels need fixing',
    violation_assigned: 'A price violation (%{sku} on %{channel}) was assigned to you',
  },
  zh: {
    price_request_approved: '您为 %{sku} 在 %{channel} 提交的价格申请（¥%{price}）已通过',
    price_request_rejected: '您为 %{sku} 在 %{channel} 提交的价格申请（¥%{price}）被驳回：%{note}',
    approvals_waiting: '%{count} 条价格申请等待您审批',
    promotions_waiting: '%{count} 个促销活动等待您审批',
    promotion_approved: '您的促销"%{name}"已通过审批',
    promotion_rejected: '您的促销"%{name}"被驳回：%{note}',
    violations_assigned: '您负责的渠道有 %{count} 个新的价格违规待处理',
    violation_assigned: '一个价格违规（%{sku}，%{channel}）已分配给您',
  },
} as const;

export type NotificationKey = keyof (typeof notificationMessages)['en'];
export type NotificationParams = Record<string, string | number>;

/** What a notification is about; the bell may group or style by it. */
export const NOTIFICATION_KINDS = ['price_request', 'promotion', 'compliance'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Fills a notification in the reader's language; an unknown key renders as itself (never blank). */
export function renderNotification(locale: string, key: string, params: NotificationParams = {}): string {
  return fillTemplate(catalogueFor(locale, notificationMessages), key, params) ?? key;
}
