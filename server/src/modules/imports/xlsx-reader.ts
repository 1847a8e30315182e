import yauzl from 'yauzl';
import type { HttpError } from '../../http/errors';
import { fileError, SinkFailure, type RowGuard } from './sheet-guard';
import { XmlScanner, type XmlHandler } from './xml-scanner';

/**
 * Reads the first worksheet of an XLSX with yauzl (random access to the zip, so no part is
 * buffered) and our own streaming XML scanner. Every byte inflated from any part counts against
 * `maxUnzippedBytes`, and the row, column and cell limits trip while the sheet streams.
 */
const MAX_ENTRIES = 10_000;
const MAX_SHARED_STRINGS = 1_000_000;
const TOO_LONG = Symbol('too long');

type Zip = yauzl.ZipFile;

function openZip(filePath: string): Promise<Zip> {
  return new Promise((resolve, reject) => {
    yauzl.open(filePath, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

function listEntries(zip: Zip): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    if (zip.entryCount > MAX_ENTRIES) return reject(new Error('too many entries'));
    const entries = new Map<string, yauzl.Entry>();
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName.replace(/^\/+/, ''), entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

interface Budget { used: number; max: number }

/** Inflates one part through the scanner; `afterChunk` runs between chunks (and may wait). */
async function scanEntry(zip: Zip, entry: yauzl.Entry, budget: Budget, handler: XmlHandler, afterChunk?: () => Promise<void>): Promise<void> {
  const stream = await new Promise<NodeJS.ReadableStream & { destroy(): void }>((resolve, reject) =>
    zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s as NodeJS.ReadableStream & { destroy(): void }))),
  );
  const scanner = new XmlScanner(handler);
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of stream) {
      budget.used += (chunk as Buffer).length;
      if (budget.used > budget.max) throw fileError('import_unzipped_too_large', { max: Math.round(budget.max / 1024 / 1024) });
      scanner.write(decoder.decode(chunk as Buffer, { stream: true }));
      if (afterChunk) await afterChunk();
    }
    scanner.write(decoder.decode());
    scanner.end();
    if (afterChunk) await afterChunk();
  } finally {
    stream.destroy();
  }
}

/** Collects text inside the given element (e.g. `t`), skipping phonetic runs; calls `done` at `until`'s end. */
function textCollector(limit: number, onItem: (text: string | typeof TOO_LONG) => void, until: string): XmlHandler {
  let text = '';
  let tooLong = false;
  let inText = false;
  let inPhonetic = false;
  return {
    open(name) {
      if (name === until) [text, tooLong] = ['', false];
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === until) onItem(tooLong ? TOO_LONG : text);
    },
    text(piece) {
      if (!inText || tooLong) return;
      text += piece;
      if (text.length > limit) [text, tooLong] = ['', true];
    },
  };
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Which cell styles (xf index) show a date, from styles.xml. */
function stylesHandler(dateStyles: boolean[]): XmlHandler {
  const customDate = new Map<number, boolean>();
  let inCellXfs = false;
  return {
    open(name, attrs) {
      if (name === 'numFmt') customDate.set(Number(attrs.numFmtId), isDateFormat(attrs.formatCode ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs.numFmtId ?? 0);
        dateStyles.push(customDate.get(id) ?? BUILTIN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  };
}

function columnIndex(ref: string | undefined): number | undefined {
  const letters = ref?.match(/^[A-Z]+/i)?.[0];
  if (!letters || letters.length > 4) return undefined;
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

function excelDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - (date1904 ? 24107 : 25569)) * 86_400_000);
  const iso = new Date(ms).toISOString();
  return ms % 86_400_000 === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

function numberText(raw: string): string {
  const n = Number(raw);
  return raw.trim() !== '' && Number.isFinite(n) ? String(Number(n.toPrecision(15))) : raw;
}

interface SheetContext {
  guard: RowGuard;
  shared: (string | typeof TOO_LONG)[];
  dateStyles: boolean[];
  date1904: boolean;
  pending: (string | undefined)[][];
}

function sheetHandler(ctx: SheetContext): XmlHandler {
  const limit = ctx.guard.limits.maxCellChars;
  let row: (string | undefined)[] | null = null;
  let rowNumber = 0;
  let col = -1;
  let cell: { type: string; style: number; value: string; inline: string } | null = null;
  let capture: 'v' | 'is' | null = null;
  let inInline = false;
  let inPhonetic = false;
  const resolve = (c: NonNullable<typeof cell>): string => {
    switch (c.type) {
      case 's': {
        const text = ctx.shared[Number(c.value)];
        if (text === TOO_LONG) ctx.guard.checkCell(limit + 1, rowNumber);
        return typeof text === 'string' ? text : '';
      }
      case 'inlineStr': return c.inline;
      case 'b': return c.value === '1' ? 'TRUE' : 'FALSE';
      case 'str': case 'e': case 'd': return c.value;
      default:
        if (c.value.trim() !== '' && ctx.dateStyles[c.style] && Number.isFinite(Number(c.value))) return excelDate(Number(c.value), ctx.date1904);
        return numberText(c.value);
    }
  };
  return {
    open(name, attrs) {
      if (name === 'row') {
        [row, col] = [[], -1];
        rowNumber = Number(attrs.r) || rowNumber + 1;
      } else if (name === 'c' && row) {
        col = columnIndex(attrs.r) ?? col + 1;
        ctx.guard.checkColumn(col, rowNumber);
        cell = { type: attrs.t ?? 'n', style: Number(attrs.s ?? 0), value: '', inline: '' };
      } else if (name === 'v' && cell) capture = 'v';
      else if (name === 'is' && cell) inInline = true;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && inInline && !inPhonetic) capture = 'is';
    },
    close(name) {
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'is') inInline = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && cell && row) {
        row[col] = resolve(cell);
        cell = null;
      } else if (name === 'row' && row) {
        ctx.pending.push(Array.from(row));
        row = null;
      }
    },
    text(piece) {
      if (!cell || !capture) return;
      if (capture === 'v') cell.value += piece;
      else cell.inline += piece;
      ctx.guard.checkCell(capture === 'v' ? cell.value.length : cell.inline.length, rowNumber);
    },
  };
}

/** Part paths of the first worksheet and the shared strings and styles, from the workbook's relationships. */
async function locateParts(zip: Zip, entries: Map<string, yauzl.Entry>, budget: Budget) {
  let firstSheetRel: string | undefined;
  let date1904 = false;
  const workbook = entries.get('xl/workbook.xml');
  if (workbook) {
    await scanEntry(zip, workbook, budget, {
      open(name, attrs) {
        if (name === 'sheet' && !firstSheetRel) firstSheetRel = attrs.id;
        if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      },
      close() {},
      text() {},
    });
  }
  const targets: Record<string, string> = {};
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  let sheetPath: string | undefined;
  if (rels) {
    await scanEntry(zip, rels, budget, {
      open(name, attrs) {
        if (name !== 'Relationship' || !attrs.Target) return;
        const target = attrs.Target.startsWith('/') ? attrs.Target.slice(1) : `xl/${attrs.Target}`;
        if (attrs.Id === firstSheetRel) sheetPath = target;
        const kind = attrs.Type?.split('/').pop();
        if (kind) targets[kind] ??= target;
      },
      close() {},
      text() {},
    });
  }
  return {
    sheet: sheetPath ?? targets.worksheet ?? 'xl/worksheets/sheet1.xml',
    sharedStrings: targets.sharedStrings ?? 'xl/sharedStrings.xml',
    styles: targets.styles ?? 'xl/styles.xml',
    date1904,
  };
}

export async function readXlsxRows(filePath: string, guard: RowGuard, sink: (cells: (string | undefined)[]) => Promise<void>): Promise<void> {
  let zip: Zip | undefined;
  try {
    zip = await openZip(filePath);
    const entries = await listEntries(zip);
    const budget: Budget = { used: 0, max: guard.limits.maxUnzippedBytes };
    const parts = await locateParts(zip, entries, budget);
    const sheet = entries.get(parts.sheet);
    if (!sheet) throw fileError('import_empty');
    const declared = [parts.sharedStrings, parts.styles, parts.sheet].reduce((sum, p) => sum + (entries.get(p)?.uncompressedSize ?? 0), budget.used);
    if (declared > budget.max) throw fileError('import_unzipped_too_large', { max: Math.round(budget.max / 1024 / 1024) });

    const ctx: SheetContext = { guard, shared: [], dateStyles: [], date1904: parts.date1904, pending: [] };
    const styles = entries.get(parts.styles);
    if (styles) await scanEntry(zip, styles, budget, stylesHandler(ctx.dateStyles));
    const shared = entries.get(parts.sharedStrings);
    if (shared) {
      await scanEntry(zip, shared, budget, textCollector(guard.limits.maxCellChars, (text) => {
        if (ctx.shared.length >= MAX_SHARED_STRINGS) throw fileError('import_too_many_strings', { max: MAX_SHARED_STRINGS });
        ctx.shared.push(text);
      }, 'si'));
    }
    await scanEntry(zip, sheet, budget, sheetHandler(ctx), async () => {
      for (const row of ctx.pending.splice(0)) await sink(row);
    });
  } catch (err) {
    if ((err as HttpError).status || err instanceof SinkFailure) throw err;
    throw fileError('import_unreadable', { format: 'XLSX' });
  } finally {
    zip?.close();
  }
}
