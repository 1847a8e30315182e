import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../../http/context';
import { applyFilters, type ListQuery } from '../../http/simple-rest';
import { matrixList, matrixQuery, matrixRows } from './matrix.service';
import { neutralizeCell } from '../../../../shared/spreadsheet-safety';

const TEXT_COLUMNS = ['code', 'name', 'pack_desc', 'channel_scope'] as const;

const PAGE = 1000;

/** Streams the matrix (current filter and sort) as XLSX, a page of SKUs at a time, so memory stays flat. */
export async function exportMatrixXlsx(ctx: ServiceContext, query: ListQuery, view: 'box' | 'unit', out: Writable): Promise<void> {
  const channels = await ctx.db('channels').where({ org_id: ctx.user.orgId, active: true }).orderBy([{ column: 'type', order: 'desc' }, 'code']).select('id', 'code', 'name', 'type');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(view === 'unit' ? 'Per-unit prices' : 'Channel prices', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  sheet.columns = [
    { header: 'SKU code', key: 'code', width: 16 },
    { header: 'Name', key: 'name', width: 36 },
    { header: 'Pack', key: 'pack_desc', width: 14 },
    { header: 'Units', key: 'units_per_pack', width: 8 },
    { header: 'Scope', key: 'channel_scope', width: 9 },
    { header: 'Control price', key: 'control_price', width: 13, style: { numFmt: '¥#,##0.00' } },
    { header: 'Guide price', key: 'guide_price', width: 12, style: { numFmt: '¥#,##0.00' } },
    ...channels.map((c: { id: number; code: string; type: string }) => ({
      header: neutralizeCell(`${c.code} (${c.type})`), key: `c${c.id}`, width: 14, style: { numFmt: view === 'unit' ? '¥#,##0.0000' : '¥#,##0.00' },
    })),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  const base = applyFilters(matrixQuery(ctx), query, matrixList, 'skus');
  const { field, order } = query.sort;
  for (let offset = 0; ; offset += PAGE) {
    const skuRows = await base.clone()
      .select('skus.*', 'products.generic_name', 'products.rx_class', 'price_policies.control_price', 'price_policies.promo_floor_price')
      .orderBy(matrixList.fields[field].column ?? `skus.${field}`, order.toLowerCase() as 'asc' | 'desc')
      .orderBy('skus.id')
      .offset(offset)
      .limit(PAGE);
    if (!skuRows.length) break;
    for (const row of await matrixRows(ctx, skuRows, { withParity: false, asOf: query.custom.as_of as string | undefined })) {
      const values: Record<string, unknown> = { ...row };
      for (const key of TEXT_COLUMNS) values[key] = neutralizeCell(values[key]);
      for (const c of channels) {
        const cell = row.cells[c.id];
        values[`c${c.id}`] = cell ? (view === 'unit' ? cell.unit_price : cell.price) : null;
      }
      sheet.addRow(values).commit();
    }
    if (skuRows.length < PAGE) break;
  }
  sheet.commit();
  await workbook.commit();
}
