/** Money crosses the API in yuan (max 2 decimals) and is stored as integer fen. */
export function yuanToFen(yuan: number): number {
  const fen = yuan * 100;
  const whole = Math.round(fen);
  if (Math.abs(fen - whole) < 1e-7) return whole; // the common case, without toFixed's cost (imports call this per cell)
  // toFixed first: 9.995 * 100 is 999.4999… in binary floating point, but means 999.5 fen.
  return Math.round(Number(fen.toFixed(6)));
}

export function fenToYuan(fen: number): number {
  return fen / 100;
}

/** True when a yuan amount has at most two decimals (tolerates float noise like 0.1 + 0.2). */
export function hasAtMostTwoDecimals(yuan: number): boolean {
  return Math.abs(yuan * 100 - Math.round(yuan * 100)) < 1e-6;
}

export function formatCny(yuan: number | null | undefined, locale = 'zh-CN'): string {
  if (yuan == null || Number.isNaN(yuan)) return '';
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(yuan);
}

const PLAIN_YUAN = /^\d+(\.\d{1,2})?$/;

/**
 * A yuan amount as a person types or pastes it, from a keyboard or a spreadsheet: full-width
 * characters (Chinese input methods), ¥/￥/CN¥ and 元, thousands separators ("1,234.50"), and a
 * decimal comma ("26,5" is 26.50, never 265). Null when it is not an unambiguous amount with at most
 * two decimals: "1,2345" or "12,5a" are refused rather than guessed.
 */
export function parseYuanText(text: string): number | null {
  if (PLAIN_YUAN.test(text)) return Number(text); // most cells, without normalising
  const cleaned = text.normalize('NFKC').trim().replace(/^(CN)?¥|元$/gi, '').replace(/\s/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(cleaned)) return Number(cleaned.replace(/,/g, '')); // thousands
  if (/^\d+,\d{1,2}$/.test(cleaned)) return Number(cleaned.replace(',', '.')); // decimal comma
  if (/^\d+(\.\d{1,2})?$/.test(cleaned)) return Number(cleaned);
  return null;
}
