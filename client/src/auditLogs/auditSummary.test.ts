import { describe, expect, test } from 'vitest';
import type { TranslateFunction } from 'react-admin';
import type { AuditLogRecord } from '../types';
import { auditRecordPath, auditSummary, changedFields } from './auditSummary';

const labels: Record<string, string> = {
  'resources.channel-prices.fields.price': '价格',
  'resources.channel-prices.fields.status': '状态',
  'rx.audit.summary.create': '新建',
};
const translate = ((key: string, options?: { _?: string; fields?: string; smart_count?: number }) =>
  key === 'rx.audit.summary.more' ? `${options?.fields} +${options?.smart_count}` : labels[key] ?? options?._ ?? key) as TranslateFunction;

const entry = (patch: Partial<AuditLogRecord>): AuditLogRecord => ({
  id: 1, user_id: 1, user_email: 'a@b.c', at: '2026-11-24T00:00:00Z', action: 'update', resource: 'channel-prices', record_id: 7,
  before: { sku_id: 3, price: 10, status: 'pending', version: 1, updated_at: 'x' },
  after: { sku_id: 3, price: 12, status: 'approved', version: 2, updated_at: 'y' },
  ...patch,
});

describe('audit log summary', () => {
  test('should name the changed fields in the reader\'s language, without bookkeeping', () => {
    expect(changedFields(entry({}))).toEqual(['price', 'status']);
    expect(auditSummary(entry({}), translate, 'zh')).toBe('价格、状态');
    expect(auditSummary(entry({ action: 'create', before: null }), translate, 'zh')).toBe('新建');
  });

  test('should shorten a long list of fields', () => {
    const many = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, 1]));
    expect(auditSummary(entry({ before: {}, after: many }), translate, 'en')).toBe('a, b, c, d +2');
  });

  test('should link to the record, or the matrix row of a price, and nowhere once deleted', () => {
    expect(auditRecordPath(entry({}))).toBe('/price-matrix?id=3');
    expect(auditRecordPath(entry({ resource: 'skus', record_id: 9 }))).toBe('/skus/9');
    expect(auditRecordPath(entry({ resource: 'skus', action: 'delete' }))).toBeNull();
    expect(auditRecordPath(entry({ resource: 'settings' }))).toBe('/settings');
  });
});
