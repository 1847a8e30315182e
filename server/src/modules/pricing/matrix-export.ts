import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../../http/context';
import { applyFilters, sortColumnOf, type ListQuery } from '../../http/simple-rest';
import { matrixList, matrixQuery, matrixRows } from './matrix.service';
import { neutralizeCell } from '../../../../shared/spreadsheet-safety';
import { exportLabel } from '../../../../shared/export-labels';

const TEXT_COLUMNS = ['code', 'name', 'generic_name', 'pack_desc'] as const;

const PAGE = 1000;

/**
 * Streams the matrix (current filter and sort) as XLSX in the reader's language, a page of SKUs at a
 * time, so memory stays flat.
 */
export async function exportMatrixXlsx(ctx: ServiceContext, query: ListQuery, view: 'box' | 'unit', out: Writable): Promise<void> {
  const channels = await ctx.db('channels').where({ org_id: ctx.user.orgId, active: true }).orderBy([{ column: 'type', order: 'desc' }, 'code']).select('id', 'code', 'name', 'type');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  // In the reader's language: headers, sheet name, enum labels; channels by name, as staff know them.
  const label = (key: string) => exportLabel(ctx.user.locale, key);
  const sheet = workbook.addWorksheet(label(view === 'unit' ? 'sheet_unit' : 'sheet_box'), { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  sheet.columns = [
    { header: label('code'), key: 'code', width: 16 },
    { header: label('name'), key: 'name', width: 36 },
    { header: label('generic_name'), key: 'generic_name', width: 20 },
    { header: label('pack_desc'), key: 'pack_desc', width: 14 },
    { header: label('units_per_pack'), key: 'units_per_pack', width: 8 },
    { header: label('channel_scope'), key: 'channel_scope', width: 10 },
    { header: label('rx_class'), key: 'rx_class', width: 12 },
    { header: label('control_price'), key: 'control_price', width: 13, style: { numFmt: '¥#,##0.00' } },
    { header: label('guide_price'), key: 'guide_price', width: 12, style: { numFmt: '¥#,##0.00' } },
    ...channels.map((c: { id: number; code: string; name: string; type: string }) => ({
      // Per-unit prices must not come back as pack prices: their headers name no channel, so an import refuses them.
      header: neutralizeCell(view === 'unit' ? `${c.name} (${label('per_unit')})` : c.name), key: `c${c.id}`, width: 14, style: { numFmt: view === 'unit' ? '¥#,##0.0000' : '¥#,##0.00' },
    })),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  const base = applyFilters(matrixQuery(ctx), query, matrixList, 'skus');
  const { field, order } = query.sort;
  for (let offset = 0; ; offset += PAGE) {
    const skuRows = await base.clone()
      .select('skus.*', 'products.generic_name', 'products.rx_class', 'price_policies.control_price', 'price_policies.promo_floor_price')
      .orderBy(sortColumnOf(matrixList, field, 'skus'), order.toLowerCase() as 'asc' | 'desc')
      .orderBy('skus.id')
      .offset(offset)
      .limit(PAGE);
    if (!skuRows.length) break;
    for (const row of await matrixRows(ctx, skuRows, { withParity: false, asOf: query.custom.as_of as string | undefined })) {
      const values: Record<string, unknown> = { ...row };
      for (const key of TEXT_COLUMNS) values[key] = neutralizeCell(values[key]);
      values.channel_scope = label(`scope.${values.channel_scope}`);
      values.rx_class = label(`rx.${values.rx_class}`);
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
