import type { TranslateFunction } from 'react-admin';
import type { AuditLogRecord } from '../types';

/** Bookkeeping columns that change with every write and say nothing to a reader. */
export const BOOKKEEPING = new Set(['id', 'org_id', 'version', 'created_at', 'updated_at']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields an entry changed (all fields for a create or delete), bookkeeping left out. */
export function changedFields(record: AuditLogRecord): string[] {
  const before = record.before ?? {};
  const after = record.after ?? {};
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => !BOOKKEEPING.has(field))
    .filter((field) => record.action !== 'update' || !same(before[field], after[field]));
}

/** One line for the list: "Created", "Deleted", or the changed fields by their labels ("Price, Status"). */
export function auditSummary(record: AuditLogRecord, translate: TranslateFunction, locale: string): string {
  if (record.action !== 'update') return translate(`rx.audit.summary.${record.action}`);
  const labels = changedFields(record).map((field) => translate(`resources.${record.resource}.fields.${field}`, { _: field }));
  if (!labels.length) return translate('rx.audit.no_changes');
  const shown = labels.slice(0, 4).join(locale.startsWith('zh') ? '、' : ', ');
  return labels.length > 4 ? translate('rx.audit.summary.more', { fields: shown, smart_count: labels.length - 4 }) : shown;
}

/** Where the entry's record can be opened: its own page, or the matrix row of a price or policy. None once deleted. */
export function auditRecordPath(record: AuditLogRecord): string | null {
  if (record.action === 'delete') return null;
  const skuId = (record.after ?? record.before)?.sku_id;
  switch (record.resource) {
    case 'products':
    case 'skus':
    case 'channels':
    case 'users':
    case 'orders':
      return `/${record.resource}/${record.record_id}`;
    case 'channel-prices':
    case 'price-policies':
      return typeof skuId === 'number' ? `/price-matrix?id=${skuId}` : null;
    case 'sales-plans':
      return `/sales-plans/${record.record_id}`;
    case 'settings':
      return '/settings';
    default:
      return null;
  }
}
