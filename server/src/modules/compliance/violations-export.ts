import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { exportLabel } from '../../../../shared/export-labels';
import { dayInZone } from '../../../../shared/instants';
import { neutralizeCell } from '../../../../shared/spreadsheet-safety';
import type { ServiceContext } from '../../http/context';
import { applyFilters, type ListQuery } from '../../http/simple-rest';
import { getOrgSettings } from '../settings/service';
import { scopedViolations, toViolationRecord, VIOLATION_COLUMNS, violationsList } from './violations.service';

const MAX_ROWS = 100_000;

/** The filtered violations list as a workbook in the reader's language: names, not ids; times in the company's zone. */
export async function writeViolationsSheet(ctx: ServiceContext, query: ListQuery, out: Writable): Promise<void> {
  const label = (key: string) => exportLabel(ctx.user.locale, key);
  const { time_zone } = await getOrgSettings(ctx.db, ctx.user.orgId);
  const localTime = (iso: unknown) => (iso ? `${dayInZone(String(iso), time_zone)} ${new Date(String(iso)).toLocaleTimeString('en-GB', { timeZone: time_zone, hour: '2-digit', minute: '2-digit' })}` : '');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(label('sheet_violations'), { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns: [string, number][] = [
    ['id', 8], ['kind', 30], ['status', 12], ['severity', 10], ['sku_code', 14], ['sku_name', 28], ['channel', 20], ['seller', 24],
    ['expected', 12], ['actual', 12], ['gap_pct', 9], ['occurrences', 10], ['first_seen_at', 18], ['last_seen_at', 18], ['assignee', 14], ['waive_reason', 40],
  ];
  sheet.columns = columns.map(([key, width]) => ({ header: label(`v.${key}`), key, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const rows = await applyFilters(scopedViolations(ctx), query, violationsList, 'violations')
    .orderBy('violations.last_seen_at', 'desc').limit(MAX_ROWS).select(VIOLATION_COLUMNS);
  for (const raw of rows) {
    const v = toViolationRecord(raw);
    const row = sheet.addRow({
      id: v.id, kind: label(`kind.${v.kind}`), status: label(`status.${v.status}`), severity: label(`severity.${v.severity}`),
      sku_code: neutralizeCell(String(v.sku_code)), sku_name: neutralizeCell(String(v.sku_name)), channel: neutralizeCell(String(v.channel_name)),
      seller: v.seller_name ? neutralizeCell(String(v.seller_name)) : '', expected: v.expected, actual: v.actual, gap_pct: v.gap_pct,
      occurrences: v.occurrences, first_seen_at: localTime(v.first_seen_at), last_seen_at: localTime(v.last_seen_at),
      assignee: v.assignee_name ? neutralizeCell(String(v.assignee_name)) : '', waive_reason: v.waive_reason ? neutralizeCell(String(v.waive_reason)) : '',
    });
    row.getCell('expected').numFmt = '¥#,##0.00';
    row.getCell('actual').numFmt = '¥#,##0.00';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}
