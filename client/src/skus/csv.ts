/** One CSV line per row, RFC 4180 quoting, with a BOM so Excel reads the Chinese text. */
export function toCsv(header: string[], rows: unknown[][]): string {
  const cell = (value: unknown) => {
    const text = value == null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\ufeff' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n');
}
