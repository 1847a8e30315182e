import { fileError, RowGuard, SHEET_LIMITS, SinkFailure, type RowSink, type SheetLimits } from './sheet-guard';
import { readCsvRows } from './csv-reader';
import { readXlsxRows } from './xlsx-reader';

export { SHEET_LIMITS, type SheetLimits } from './sheet-guard';

export type SheetFormat = 'csv' | 'xlsx';

export function formatOf(fileName: string): SheetFormat {
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'csv';
  if (/\.xlsx$/i.test(fileName)) return 'xlsx';
  throw fileError('import_file_type');
}

/** Streams the first worksheet of an XLSX, or a CSV (UTF-8 or GBK/GB18030, comma or tab), row by row. */
export async function readSheet(filePath: string, fileName: string, onRow: RowSink, limits: SheetLimits = SHEET_LIMITS): Promise<void> {
  const format = formatOf(fileName);
  const guard = new RowGuard(limits);
  const sink = async (raw: readonly (string | undefined)[]) => {
    const cells = guard.accept(raw);
    if (!cells) return;
    try {
      await onRow(cells);
    } catch (err) {
      throw new SinkFailure(err);
    }
  };
  try {
    if (format === 'csv') await readCsvRows(filePath, guard, sink);
    else await readXlsxRows(filePath, guard, sink);
  } catch (err) {
    throw err instanceof SinkFailure ? err.inner : err;
  }
}
