import { describe, expect, test } from 'vitest';
import { needsNeutralizing, neutralizeCell, unneutralizeCell } from './spreadsheet-safety';

describe('spreadsheet safety', () => {
  test.each(['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx', "'=quoted", "''@x", '=HYPERLINK("http://evil")'])(
    'should prefix the formula-leading text %j',
    (text) => {
      expect(needsNeutralizing(text)).toBe(true);
      expect(neutralizeCell(text)).toBe(`'${text}`);
    },
  );

  test.each(['AMX-12', '阿莫西林', '', 'a=b', "it's", "'plain", '-5', '+12.50', '-0.25', '1e5'])('should leave %j alone', (text) => {
    expect(neutralizeCell(text)).toBe(text);
  });

  test('should keep numbers, dates, null and booleans as they are', () => {
    expect(neutralizeCell(-5)).toBe(-5);
    expect(neutralizeCell(null)).toBeNull();
    expect(neutralizeCell(true)).toBe(true);
    const date = new Date(0);
    expect(neutralizeCell(date)).toBe(date);
  });

  test('should round-trip every text through export and import', () => {
    for (const text of ['=1+1', "'=x", "''=x", '-5', '-x', "'", "'plain", '@', 'normal', '\t', "'-5"]) {
      expect(unneutralizeCell(neutralizeCell(text) as string)).toBe(text);
    }
  });

  test('should strip only the prefix the exporter adds', () => {
    expect(unneutralizeCell("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unneutralizeCell("'plain")).toBe("'plain");
    expect(unneutralizeCell("'-5")).toBe('-5');
  });
});
