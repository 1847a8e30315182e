import { describe, expect, test } from 'vitest';
import { isAppPath, notificationText } from './api';

const approved = { key: 'price_request_approved', params: { sku: 'AMX-12', channel: '京东自营', price: '20.50' } };

describe('notification texts', () => {
  test('should render key and params in English and Chinese', () => {
    expect(notificationText('en', approved)).toBe('Your price request for AMX-12 on 京东自营 (¥20.50) was approved');
    expect(notificationText('zh', approved)).toBe('您为 AMX-12 在 京东自营 提交的价格申请（¥20.50）已通过');
    const rejected = { key: 'price_request_rejected', params: { ...approved.params, note: 'below control' } };
    expect(notificationText('en', rejected)).toBe('Your price request for AMX-12 on 京东自营 (¥20.50) was rejected: below control');
    expect(notificationText('zh', rejected)).toBe('您为 AMX-12 在 京东自营 提交的价格申请（¥20.50）被驳回：below control');
  });

  test('should render the approvers\' waiting count with its plural', () => {
    expect(notificationText('en', { key: 'approvals_waiting', params: { count: 1 } })).toBe('1 price request waits for your decision');
    expect(notificationText('en', { key: 'approvals_waiting', params: { count: 4 } })).toBe('4 price requests wait for your decision');
    expect(notificationText('zh', { key: 'approvals_waiting', params: { count: 4 } })).toBe('4 条价格申请等待您审批');
  });

  test('should fall back to the server\'s text for a key this client does not know', () => {
    expect(notificationText('zh', { key: 'promotion_started', params: {}, message: '促销已开始' })).toBe('促销已开始');
    expect(notificationText('en', { key: 'constructor', params: {} })).toBe('constructor');
  });

  test('should follow only links inside the app', () => {
    expect(isAppPath('/channel-prices')).toBe(true);
    expect(isAppPath('/price-matrix?q=AMX-12')).toBe(true);
    expect(isAppPath('//evil.example/x')).toBe(false);
    expect(isAppPath('https://evil.example')).toBe(false);
    expect(isAppPath(null)).toBe(false);
  });
});
