import fs from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { HttpError } from '../../http/errors';
import { fileError, SinkFailure, type RowGuard } from './sheet-guard';

export type CsvEncoding = 'utf8' | 'utf16le' | 'gb18030';

/** BOM → its encoding; otherwise UTF-8 when every byte sequence is valid UTF-8, else GB18030 (a superset of GBK). */
export async function detectEncoding(filePath: string): Promise<{ encoding: CsvEncoding; skip: number }> {
  const head = Buffer.alloc(3);
  const fd = await fs.promises.open(filePath, 'r');
  try {
    await fd.read(head, 0, 3, 0);
  } finally {
    await fd.close();
  }
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', skip: 2 };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of fs.createReadStream(filePath)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return { encoding: 'utf8', skip: 0 };
  } catch {
    return { encoding: 'gb18030', skip: 0 };
  }
}

/** Small chunks: csv-parse handles each chunk in one go, so this bounds how long one blocks the event loop. */
const CHUNK = 16 * 1024;

function decoded(filePath: string, encoding: CsvEncoding, skip: number): Readable {
  return fs.createReadStream(filePath, { start: skip, highWaterMark: CHUNK }).pipe(iconv.decodeStream(encoding)) as unknown as Readable;
}

/** Tab when the header line has more tabs than commas (Excel's "Unicode text"), else comma. */
async function detectDelimiter(filePath: string, encoding: CsvEncoding, skip: number): Promise<string> {
  const stream = decoded(filePath, encoding, skip);
  let head = '';
  for await (const piece of stream) {
    head += piece as string;
    if (head.includes('\n') || head.length > 64 * 1024) break;
  }
  stream.destroy();
  const line = head.split('\n', 1)[0];
  return (line.match(/\t/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? '\t' : ',';
}

/** Streams CSV records into the guard and sink; memory holds one record at a time. */
export async function readCsvRows(filePath: string, guard: RowGuard, sink: (cells: string[]) => Promise<void>): Promise<void> {
  const { encoding, skip } = await detectEncoding(filePath);
  const delimiter = await detectDelimiter(filePath, encoding, skip);
  const { maxColumns, maxCellChars } = guard.limits;
  const source = decoded(filePath, encoding, skip);
  const parser = source.pipe(
    parse({
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: maxColumns * (maxCellChars + 3) + 1024,
    }),
  );
  try {
    for await (const record of parser) await sink(record as string[]);
  } catch (err) {
    if ((err as HttpError).status || err instanceof SinkFailure) throw err;
    const line = (err as { lines?: number }).lines;
    throw line ? fileError('import_csv_line', { line }) : fileError('import_unreadable', { format: 'CSV' });
  } finally {
    source.destroy();
    parser.destroy();
  }
}
