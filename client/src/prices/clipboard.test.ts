import { describe, expect, test } from 'vitest';
import { cellsIn, fillDownWrites, inRange, moveFocus, parsePriceText, parseTsv, pasteWrites, rangeOf, toTsv } from './clipboard';

describe('ranges', () => {
  test('should normalise a range whichever way it was dragged', () => {
    expect(rangeOf({ row: 5, col: 1 }, { row: 2, col: 3 })).toEqual({ top: 2, bottom: 5, left: 1, right: 3 });
    expect(inRange({ top: 2, bottom: 5, left: 1, right: 3 }, 5, 3)).toBe(true);
    expect(inRange({ top: 2, bottom: 5, left: 1, right: 3 }, 6, 3)).toBe(false);
  });

  test('should list the cells of a range row by row', () => {
    expect(cellsIn({ top: 1, bottom: 2, left: 0, right: 1 })).toEqual([
      { row: 1, col: 0 }, { row: 1, col: 1 }, { row: 2, col: 0 }, { row: 2, col: 1 },
    ]);
  });

  test('should move the range end by one cell and stop at the grid edges', () => {
    expect(moveFocus({ row: 0, col: 0 }, 'ArrowDown', 10, 4)).toEqual({ row: 1, col: 0 });
    expect(moveFocus({ row: 0, col: 0 }, 'ArrowUp', 10, 4)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 9, col: 3 }, 'ArrowRight', 10, 4)).toEqual({ row: 9, col: 3 });
    expect(moveFocus({ row: 9, col: 3 }, 'ArrowLeft', 10, 4)).toEqual({ row: 9, col: 2 });
  });
});

describe('tab-separated text', () => {
  test('should parse rows and cells, ignoring the trailing newline spreadsheets add', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([['1', '2'], ['3', '4']]);
    expect(parseTsv('12.5')).toEqual([['12.5']]);
    expect(parseTsv('')).toEqual([]);
  });

  test('should keep empty cells', () => {
    expect(parseTsv('1\t\t3\n\t5')).toEqual([['1', '', '3'], ['', '5']]);
  });

  test('should read quoted cells holding tabs, newlines and quotes', () => {
    expect(parseTsv('"a\tb"\t"say ""hi"""\n"x\ny"\t2')).toEqual([['a\tb', 'say "hi"'], ['x\ny', '2']]);
  });

  test('should leave a quote inside a plain cell alone', () => {
    expect(parseTsv('5" box\t1')).toEqual([['5" box', '1']]);
  });

  test('should round-trip through toTsv', () => {
    const rows = [['HX-1', '阿莫西林 "A"', '12.5'], ['a\tb', '', 'line\nbreak']];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
    expect(toTsv([['1', '2'], ['3', '4']])).toBe('1\t2\n3\t4');
  });
});

describe('paste targets', () => {
  const single = { top: 2, bottom: 2, left: 1, right: 1 };

  test('should paste a block from the top-left cell of the range', () => {
    expect(pasteWrites([['1', '2'], ['3', '4']], single, 100, 10)).toEqual([
      { row: 2, col: 1, text: '1' },
      { row: 2, col: 2, text: '2' },
      { row: 3, col: 1, text: '3' },
      { row: 3, col: 2, text: '4' },
    ]);
  });

  test('should drop cells beyond the grid', () => {
    expect(pasteWrites([['1', '2'], ['3', '4']], single, 3, 2)).toEqual([{ row: 2, col: 1, text: '1' }]);
  });

  test('should fill the whole range with a single value', () => {
    const writes = pasteWrites([['9.9']], { top: 0, bottom: 1, left: 0, right: 1 }, 10, 10);
    expect(writes).toHaveLength(4);
    expect(writes.every((w) => w.text === '9.9')).toBe(true);
  });

  test('should repeat a block that fits the range a whole number of times', () => {
    const writes = pasteWrites([['1', '2']], { top: 0, bottom: 2, left: 0, right: 3 }, 10, 10);
    expect(writes.map((w) => w.text).join('')).toBe('121212121212');
  });

  test('should paste a block once when it does not fit the range evenly', () => {
    expect(pasteWrites([['1', '2', '3']], { top: 0, bottom: 0, left: 0, right: 3 }, 10, 10)).toHaveLength(3);
  });

  test('should paste nothing for empty text', () => {
    expect(pasteWrites([], single, 10, 10)).toEqual([]);
  });

  test('should handle ragged rows', () => {
    expect(pasteWrites([['1', '2'], ['3']], single, 10, 10).map((w) => w.text)).toEqual(['1', '2', '3']);
  });
});

describe('fill down', () => {
  test('should copy each column of the first row into the rows below', () => {
    const values: Record<string, string> = { '0:0': 'a', '0:1': 'b' };
    const writes = fillDownWrites({ top: 0, bottom: 2, left: 0, right: 1 }, (r, c) => values[`${r}:${c}`] ?? 'x');
    expect(writes).toEqual([
      { row: 1, col: 0, text: 'a' },
      { row: 2, col: 0, text: 'a' },
      { row: 1, col: 1, text: 'b' },
      { row: 2, col: 1, text: 'b' },
    ]);
  });

  test('should do nothing for a one-row range', () => {
    expect(fillDownWrites({ top: 3, bottom: 3, left: 0, right: 4 }, () => '1')).toEqual([]);
  });
});

describe('parsePriceText', () => {
  test.each([
    ['12.5', 12.5],
    [' 18 ', 18],
    ['¥1,234.50', 1234.5],
    ['￥9.90', 9.9],
    ['CN¥7.10', 7.1],
    ['16元', 16],
    ['0', 0],
    ['26,5', 26.5],
    ['26,50', 26.5],
    ['1,234', 1234],
    ['12,345,678.9', 12345678.9],
    ['２６．５', 26.5],
    ['￥１，２３４．５０', 1234.5],
  ])('should read %j as %d', (text, expected) => {
    expect(parsePriceText(text)).toBe(expected);
  });

  test.each(['', 'abc', '-5', '1.234', '12,5a', '1e3', '.5', '1,2345', '12,34,56', '1,234,5'])('should reject %j', (text) => {
    expect(parsePriceText(text)).toBeNull();
  });
});
