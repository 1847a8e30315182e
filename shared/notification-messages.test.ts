import { describe, expect, test } from 'vitest';
import { notificationMessages, renderNotification } from './notification-messages';

const placeholders = (text: string) => [...new Set([...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('notification messages', () => {
  test('should have the same keys and placeholders in English and Chinese', () => {
    const zh = notificationMessages.zh as Record<string, string>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(notificationMessages.en).sort());
    for (const [key, text] of Object.entries(notificationMessages.en)) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(text));
      for (const form of text.split(' |||| ')) expect(placeholders(form), key).toEqual(placeholders(text));
    }
  });

  test('should render params in the reader language', () => {
    const params = { sku: 'AMX-12', channel: 'JD', price: '20.50' };
    expect(renderNotification('en', 'price_request_approved', params)).toBe('Your price request for AMX-12 on JD (¥20.50) was approved');
    expect(renderNotification('zh-CN', 'price_request_approved', params)).toBe('您为 AMX-12 在 JD 提交的价格申请（¥20.50）已通过');
    expect(renderNotification('zh', 'price_request_rejected', { ...params, note: '低于控价' })).toBe('您为 AMX-12 在 JD 提交的价格申请（¥20.50）被驳回：低于控价');
  });

  test('should choose the singular or plural form by count', () => {
    expect(renderNotification('en', 'approvals_waiting', { count: 1 })).toBe('1 price request waits for your decision');
    expect(renderNotification('en', 'approvals_waiting', { count: 3 })).toBe('3 price requests wait for your decision');
    expect(renderNotification('zh', 'approvals_waiting', { count: 3 })).toBe('3 条价格申请等待您审批');
  });

  test('should show an unknown key or a missing param rather than nothing', () => {
    expect(renderNotification('en', 'no_such_key')).toBe('no_such_key');
    expect(renderNotification('en', 'toString')).toBe('toString');
    expect(renderNotification('en', 'price_request_approved', { sku: 'A' })).toContain('%{channel}');
  });
});
