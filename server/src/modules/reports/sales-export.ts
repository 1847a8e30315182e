import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../../http/context';
import { exportLabel } from '../../../../shared/export-labels';
import { neutralizeCell } from '../../../../shared/spreadsheet-safety';
import { parseSalesReportQuery, salesReport, type ReportRow } from './sales-report';

const MEASURES = ['qty', 'amount', 'net_amount', 'orders', 'avg_unit_price'] as const;
const MONEY = new Set(['amount', 'net_amount', 'avg_unit_price', 'prev_amount']);

/** Names for the ids a report mentions, from the caller's tenant only. */
async function namesOf(ctx: ServiceContext, rows: ReportRow[]) {
  const ids = (key: string) => [...new Set(rows.map((r) => r[key]).filter((v): v is number => typeof v === 'number'))];
  const lookup = async (table: string, key: string, label: (r: Record<string, unknown>) => string) => {
    const wanted = ids(key);
    if (!wanted.length) return new Map<number, string>();
    const found = await ctx.db(table).where('org_id', ctx.user.orgId).whereIn('id', wanted.slice(0, 5000)).select('*');
    return new Map(found.map((r: Record<string, unknown>) => [Number(r.id), label(r)]));
  };
  return {
    channel_id: await lookup('channels', 'channel_id', (r) => String(r.name)),
    sku_id: await lookup('skus', 'sku_id', (r) => `${r.code} ${r.name}`),
    product_id: await lookup('products', 'product_id', (r) => String(r.generic_name)),
  };
}

/**
 * The sales report as XLSX in the reader's language: its group keys by name (channels, SKUs,
 * products, enum labels), the measures in yuan, the comparison when asked for, and a total row.
 */
export async function exportSalesXlsx(ctx: ServiceContext, raw: Record<string, unknown>, out: Writable): Promise<void> {
  const query = parseSalesReportQuery(raw);
  const rows = await salesReport(ctx, raw);
  const names = await namesOf(ctx, rows);
  const label = (key: string) => exportLabel(ctx.user.locale, key);
  const measures: string[] = [...MEASURES, ...(query.compare ? ['prev_amount', 'prev_qty', 'change_pct'] : [])];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(label('sheet_sales'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    ...query.group_by.map((d) => ({ header: label(`dim.${d}`), key: d, width: d === 'sku_id' ? 36 : 18 })),
    ...measures.map((m) => ({
      header: label(`measure.${m}`), key: m, width: 16,
      style: { numFmt: MONEY.has(m) ? '¥#,##0.00' : m === 'change_pct' ? '0.00"%"' : '#,##0' },
    })),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const show = (dim: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return label('unknown');
    if (dim in names) return names[dim as keyof typeof names].get(Number(value)) ?? `#${value}`;
    if (dim === 'channel_type' || dim === 'customer_type' || dim === 'flow') return label(`${dim}.${value}`);
    return String(value);
  };
  for (const row of rows) {
    const values: Record<string, unknown> = {};
    for (const d of query.group_by) values[d] = neutralizeCell(show(d, row[d]));
    for (const m of measures) values[m] = row[m] ?? null;
    sheet.addRow(values).commit();
  }
  // A total row under grouped rows (an ungrouped report is one row already).
  if (query.group_by.length) {
    const sum = (k: string) => Math.round(rows.reduce((s, r) => s + Number(r[k] ?? 0), 0) * 100) / 100;
    const totalRow: Record<string, unknown> = { [query.group_by[0]]: label('total') };
    for (const m of ['qty', 'amount', 'net_amount', 'orders', ...(query.compare ? ['prev_amount', 'prev_qty'] : [])]) totalRow[m] = sum(m);
    const total = sheet.addRow(totalRow);
    total.font = { bold: true };
    total.commit();
  }
  sheet.commit();
  await workbook.commit();
}
