import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../../http/context';
import { notFound } from '../../http/errors';
import type { ImportLayout } from '../../../../shared/pricing-schemas';
import { exportLabel } from '../../../../shared/export-labels';
import { neutralizeCell } from '../../../../shared/spreadsheet-safety';
import { dayInZone } from '../../../../shared/instants';
import { nowIso } from '../../http/context';
import type { RowError } from './price-import-rows';
import { writeRowErrorsSheet } from './row-errors-sheet';

const PAGE = 1000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const xlsxHeaders = (fileName: string) => ({
  'Content-Type': XLSX_TYPE,
  'Content-Disposition': `attachment; filename="${fileName}"`,
});

function addInstructions(workbook: ExcelJS.stream.xlsx.WorkbookWriter, locale: string, layout: ImportLayout) {
  const help = workbook.addWorksheet(exportLabel(locale, 'sheet_instructions'));
  help.columns = [{ key: 'text', width: 110 }];
  for (const n of [1, 2, 3]) help.addRow({ text: exportLabel(locale, `help.${layout}.${n}`) }).commit();
  help.commit();
}

/**
 * A sheet to fill in, in the reader's language. Wide: the tenant's active SKUs by code and name and a
 * blank column per active channel, headed by its name (blank = no change). Long: the four columns
 * with two example rows. An instructions sheet follows; the import reads the first sheet.
 */
export async function writePriceTemplate(ctx: ServiceContext, layout: ImportLayout, out: Writable): Promise<void> {
  const locale = ctx.user.locale;
  const label = (key: string) => exportLabel(locale, key);
  const channels = await ctx.db('channels').where({ org_id: ctx.user.orgId, active: true })
    .orderBy([{ column: 'type', order: 'desc' }, 'code']).select('id', 'code', 'name');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(label('sheet_template'), { views: [{ state: 'frozen', xSplit: layout === 'wide' ? 2 : 0, ySplit: 1 }] });
  if (layout === 'wide') {
    sheet.columns = [
      { header: label('code'), key: 'code', width: 16 },
      { header: label('name'), key: 'name', width: 36 },
      ...channels.map((c: { id: number; name: string }) => ({ header: neutralizeCell(c.name), key: `c${c.id}`, width: 14, style: { numFmt: '#,##0.00' } })),
    ];
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (let offset = 0; ; offset += PAGE) {
      const skus = await ctx.db('skus').where({ org_id: ctx.user.orgId, status: 'active' }).orderBy('code').offset(offset).limit(PAGE).select('code', 'name');
      for (const s of skus) sheet.addRow({ code: neutralizeCell(s.code), name: neutralizeCell(s.name) }).commit();
      if (skus.length < PAGE) break;
    }
  } else {
    sheet.columns = [
      { header: label('code'), key: 'code', width: 16 },
      { header: label('channel'), key: 'channel', width: 20 },
      { header: label('price'), key: 'price', width: 12, style: { numFmt: '#,##0.00' } },
      { header: label('effective_from'), key: 'effective_from', width: 14 },
    ];
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    const examples = await ctx.db('skus').where({ org_id: ctx.user.orgId, status: 'active' }).orderBy('code').limit(2).select('code');
    const day = dayInZone(new Date(Date.parse(nowIso()) + 7 * 24 * 3600 * 1000).toISOString());
    examples.forEach((s: { code: string }, i: number) => {
      const channel = channels[i % Math.max(channels.length, 1)];
      if (channel) sheet.addRow({ code: neutralizeCell(s.code), channel: neutralizeCell(channel.name), price: null, effective_from: day }).commit();
    });
  }
  sheet.commit();
  addInstructions(workbook, locale, layout);
  await workbook.commit();
}

/** The errors of an import's last check or commit, one row each, in the reader's language. */
export async function writeImportErrors(ctx: ServiceContext, id: number, out: Writable): Promise<void> {
  const job = await ctx.db('import_jobs').where({ id, org_id: ctx.user.orgId, kind: 'channel_prices' }).first('row_errors', 'headers');
  if (!job) throw notFound('Import');
  const errors: RowError[] = job.row_errors ? JSON.parse(job.row_errors) : [];
  const locale = ctx.user.locale;
  const label = (key: string) => exportLabel(locale, key);
  const fieldLabels: Record<string, string> = { sku: label('code'), channel: label('channel'), price: label('price'), effective_from: label('effective_from') };
  await writeRowErrorsSheet(locale, errors, (field) => fieldLabels[field] ?? field, out);
}
