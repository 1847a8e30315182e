import fs from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
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

/** Small chunks: each is parsed in one go, so this bounds how long one blocks the event loop. */
const CHUNK = 16 * 1024;

function decoded(filePath: string, encoding: CsvEncoding, skip: number): Readable {
  return fs.createReadStream(filePath, { start: skip, highWaterMark: CHUNK }).pipe(iconv.decodeStream(encoding)) as unknown as Readable;
}

/**
 * The header line decides: tab when it has more tabs than commas (Excel's "Unicode text"); records end
 * as the header does, CRLF, LF, or a lone CR (old Mac exports).
 */
async function detectDialect(filePath: string, encoding: CsvEncoding, skip: number): Promise<{ delimiter: string; newline: '\n' | '\r\n' | '\r' }> {
  const stream = decoded(filePath, encoding, skip);
  let head = '';
  for await (const piece of stream) {
    head += piece as string;
    if (head.includes('\n') || head.length > 64 * 1024) break;
  }
  stream.destroy();
  const lf = head.indexOf('\n');
  const cr = head.indexOf('\r');
  const newline = cr < 0 ? '\n' : cr === lf - 1 ? '\r\n' : lf < 0 || cr < lf ? '\r' : '\n';
  const line = head.split(newline, 1)[0];
  const delimiter = (line.match(/\t/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? '\t' : ',';
  return { delimiter, newline };
}

/**
 * Streams CSV records into the guard and sink with papaparse's parser (four times csv-parse's speed),
 * a decoded chunk at a time: the unfinished last record of a chunk is carried into the next, and a
 * carry longer than any allowed record (an unclosed quote) stops the read before it can grow.
 */
export async function readCsvRows(filePath: string, guard: RowGuard, sink: (cells: string[]) => Promise<void>): Promise<void> {
  const { encoding, skip } = await detectEncoding(filePath);
  const { delimiter, newline } = await detectDialect(filePath, encoding, skip);
  const { maxColumns, maxCellChars } = guard.limits;
  const maxRecord = maxColumns * (maxCellChars + 3) + 1024;
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  const source = decoded(filePath, encoding, skip);
  let records = 0;
  const take = async (text: string, last: boolean) => {
    const { data, errors, meta } = parser.parse(text, 0, !last);
    if (errors.length) throw fileError('import_csv_line', { line: records + (errors[0].row ?? 0) + 1 });
    for (const record of data as string[][]) {
      records++;
      await sink(record);
    }
    return text.slice(meta.cursor);
  };
  try {
    let carry = '';
    for await (const piece of source) {
      carry = await take(carry + (piece as string), false);
      if (carry.length > maxRecord) throw fileError('import_csv_line', { line: records + 1 });
    }
    if (carry) await take(carry, true);
  } catch (err) {
    if ((err as HttpError).status || err instanceof SinkFailure) throw err;
    throw fileError('import_unreadable', { format: 'CSV' });
  } finally {
    source.destroy();
  }
}
