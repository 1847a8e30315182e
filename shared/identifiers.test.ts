import { describe, expect, test } from 'vitest';
import { gtin13CheckDigit, gtinKey, isValidDrugApprovalNumber, isValidGtin13 } from './identifiers';

describe('GTIN-13', () => {
  test('should compute the mod-10 check digit', () => {
    expect(gtin13CheckDigit('690123450001')).toBe(1);
    expect(gtin13CheckDigit('400638133393')).toBe(1); // 4006381333931, a well-known EAN
    expect(gtin13CheckDigit('000000000000')).toBe(0);
  });

  test('should accept valid codes and reject wrong check digits, lengths and letters', () => {
    expect(isValidGtin13('4006381333931')).toBe(true);
    expect(isValidGtin13('6901234500011')).toBe(true);
    expect(isValidGtin13('6901234500012')).toBe(false);
    expect(isValidGtin13('690123450001')).toBe(false);
    expect(isValidGtin13('69012345000110')).toBe(false);
    expect(isValidGtin13('69012345000A1')).toBe(false);
  });

  test('should match a unit\'s GTIN-14 (a 0 before the GTIN-13) to its GTIN-13, and nothing else', () => {
    expect(gtinKey('06901234500011')).toBe('6901234500011');
    expect(gtinKey(' 06901234500011 ')).toBe('6901234500011');
    expect(gtinKey('6901234500011')).toBe('6901234500011');
    expect(gtinKey('16901234500018')).toBe('16901234500018'); // a case's GTIN-14 is another item
    expect(gtinKey('0690123450001')).toBe('0690123450001'); // 13 digits: left as written
    expect(gtinKey('IBU-20')).toBe('IBU-20');
  });
});

describe('drug approval number', () => {
  test('should accept 国药准字 + letter + 8 digits and import registration numbers', () => {
    for (const ok of ['国药准字H20040001', '国药准字Z44021940', '国药准字S10980066', '国药准字J20150001', 'H20150001', 'HC20150001']) {
      expect(isValidDrugApprovalNumber(ok), ok).toBe(true);
    }
  });

  test('should reject wrong prefixes, missing letters and wrong digit counts', () => {
    for (const bad of ['国药准字20040001', '国药准字H2004001', '国药准字H200400011', '国药准字h20040001', '国药准H20040001', '', 'X', 'X国药准字H20040001', 'H201500011', 'XH20150001']) {
      expect(isValidDrugApprovalNumber(bad), bad).toBe(false);
    }
  });
});
