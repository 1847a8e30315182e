import { describe, expect, test } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  test('should neutralise formula-leading text and keep numbers as numbers', () => {
    const csv = toCsv(['code', 'name', 'price'], [['=cmd|calc', '@SUM(A1)', -5], ['-2+3', '+x', 9.9], ['AMX-12', '阿莫西林, 24粒', '-5']]);
    expect(csv).toBe('\ufeffcode,name,price\r\n\'=cmd|calc,\'@SUM(A1),-5\r\n\'-2+3,\'+x,9.9\r\nAMX-12,"阿莫西林, 24粒",-5');
  });
});
