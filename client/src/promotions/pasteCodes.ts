import { gtinKey } from '../../../shared/identifiers';
import { parseYuanText } from '../../../shared/money';
import { parseTsv } from '../prices/clipboard';

/**
 * Rows pasted from a spreadsheet into the "paste codes" dialog: a SKU code or GTIN per row,
 * optionally a price, separated by tabs (Excel), commas or spaces; a header row is recognised and
 * skipped. Pure, so the dialog only fetches and adds.
 */

export interface PastedRow {
  /** 1-based line of the pasted text. */
  line: number;
  code: string;
  /** Yuan, when the row had a readable price. */
  price: number | null;
}

export interface PasteProblem { line: number; text: string; reason: 'bad_price' | 'too_many' }

export interface ParsedPaste {
  rows: PastedRow[];
  problems: PasteProblem[];
  headerSkipped: boolean;
}

export const MAX_PASTED_ROWS = 500;

const CODE_HEADER = /^(sku|sku\s*code|sku_code|code|gtin|barcode|ean|商品编码|编码|sku编码|条码|条形码|货号|商品条码)$/i;
const PRICE_HEADER = /price|价/i;
/** A cell someone meant as a number ("12.5O", "1.234,5") rather than a product name. */
const NUMBER_LIKE = /^[\s\d.,¥￥元-]+$/;

function cellsOf(text: string): string[][] {
  if (text.includes('\t')) return parseTsv(text);
  return text.replace(/\r\n?/g, '\n').split('\n').map((line) => {
    const separator = /[,，;；]/.test(line) ? /[,，;；]/ : /\s+/;
    return line.split(separator);
  });
}

const clean = (cell: string | undefined) => (cell ?? '').normalize('NFKC').replace(/^"|"$/g, '').trim();
/** Codes and GTINs hold no spaces; a GTIN typed in groups ("6 901234 567892") is read whole. */
const codeOf = (cell: string | undefined) => clean(cell).replace(/\s+/g, '');

export function parsePastedCodes(text: string): ParsedPaste {
  const lines = cellsOf(text).map((cells, i) => ({ line: i + 1, cells: cells.map(clean) })).filter((l) => l.cells.some((c) => c !== ''));
  const result: ParsedPaste = { rows: [], problems: [], headerSkipped: false };
  if (!lines.length) return result;
  let codeCol = 0;
  let priceCol: number | null = null; // null: the row's last cell, when it has more than one
  const first = lines[0].cells;
  const priceHeader = first.findIndex((c, i) => i > 0 && PRICE_HEADER.test(c) && parseYuanText(c) === null);
  // A header names the code column, or at least a price column (the codes then come first).
  const header = first.findIndex((c) => CODE_HEADER.test(c)) >= 0 ? first.findIndex((c) => CODE_HEADER.test(c)) : priceHeader > 0 ? 0 : -1;
  if (header >= 0) {
    codeCol = header;
    const price = first.findIndex((c, i) => i !== header && PRICE_HEADER.test(c));
    priceCol = price >= 0 ? price : -1;
    lines.shift();
    result.headerSkipped = true;
  }
  const byCode = new Map<string, PastedRow>();
  for (const { line, cells } of lines) {
    const code = codeOf(cells[codeCol]);
    if (!code) continue;
    const priceIndex = priceCol ?? (cells.length > 1 ? cells.length - 1 : -1);
    const priceText = priceIndex >= 0 && priceIndex !== codeCol ? cells[priceIndex] ?? '' : '';
    let price: number | null = null;
    if (priceText) {
      price = parseYuanText(priceText);
      if (price === null && (priceCol !== null || NUMBER_LIKE.test(priceText))) result.problems.push({ line, text: priceText, reason: 'bad_price' });
      if (price === 0) price = null;
    }
    const key = code.toUpperCase();
    if (!byCode.has(key) && byCode.size >= MAX_PASTED_ROWS) {
      result.problems.push({ line, text: code, reason: 'too_many' });
      continue;
    }
    byCode.delete(key); // a code pasted twice: its last row counts
    byCode.set(key, { line, code, price });
  }
  result.rows = [...byCode.values()].sort((a, b) => a.line - b.line);
  return result;
}

const GTIN = /^\d{13}$/;

/** What to ask /api/skus for: every text as a code (as typed and in capitals), the 13-digit ones (or a unit's GTIN-14) also as GTINs. */
export function lookupFilters(rows: readonly PastedRow[]): { codes: string[]; gtins: string[] } {
  const codes = new Set<string>();
  for (const { code } of rows) {
    codes.add(code);
    codes.add(code.toUpperCase());
  }
  return { codes: [...codes], gtins: [...new Set(rows.map((r) => gtinKey(r.code)).filter((c) => GTIN.test(c)))] };
}

export interface SkuMatch { id: number; code: string; gtin: string | null; status: string; name: string }

export interface PasteMatches<S extends SkuMatch> {
  found: { row: PastedRow; sku: S }[];
  inactive: { row: PastedRow; sku: S }[];
  unknown: PastedRow[];
}

/** Pairs each pasted row with the SKU whose code (any case) or GTIN it names. */
export function matchPasted<S extends SkuMatch>(rows: readonly PastedRow[], skus: readonly S[]): PasteMatches<S> {
  const byCode = new Map(skus.map((s) => [s.code.toUpperCase(), s]));
  const byGtin = new Map(skus.filter((s) => s.gtin).map((s) => [s.gtin!, s]));
  const out: PasteMatches<S> = { found: [], inactive: [], unknown: [] };
  for (const row of rows) {
    const sku = byCode.get(row.code.toUpperCase()) ?? byGtin.get(gtinKey(row.code));
    if (!sku) out.unknown.push(row);
    else if (sku.status !== 'active') out.inactive.push({ row, sku });
    else out.found.push({ row, sku });
  }
  return out;
}
