/** Money crosses the API in yuan (max 2 decimals) and is stored as integer fen. */
export function yuanToFen(yuan: number): number {
  // toFixed first: 9.995 * 100 is 999.4999… in binary floating point, but means 999.5 fen.
  return Math.round(Number((yuan * 100).toFixed(6)));
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
