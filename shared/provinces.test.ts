import { describe, expect, test } from 'vitest';
import { normalizeProvince, PROVINCES } from './provinces';

describe('province names', () => {
  test('should hold the 31 mainland provincial-level divisions, each normalising to itself', () => {
    expect(PROVINCES).toHaveLength(31);
    for (const p of PROVINCES) expect(normalizeProvince(p)).toBe(p);
  });

  test('should map the ways staff and platforms write them to the official name', () => {
    expect(normalizeProvince('广东')).toBe('广东省');
    expect(normalizeProvince('北京')).toBe('北京市');
    expect(normalizeProvince('内蒙古')).toBe('内蒙古自治区');
    expect(normalizeProvince('内蒙')).toBe('内蒙古自治区');
    expect(normalizeProvince('广西')).toBe('广西壮族自治区');
    expect(normalizeProvince('新疆')).toBe('新疆维吾尔自治区');
    expect(normalizeProvince(' 黑龙江 ')).toBe('黑龙江省');
    expect(normalizeProvince('上海　市')).toBe('上海市'); // a full-width space
    expect(normalizeProvince('Guangdong')).toBe('广东省');
    expect(normalizeProvince('guangdong province')).toBe('广东省');
    expect(normalizeProvince('Shaanxi')).toBe('陕西省');
    expect(normalizeProvince('Shanxi')).toBe('山西省');
  });

  test('should name none for cities, other places and empty text', () => {
    for (const text of ['广州', '广州市', '香港', '台湾省', 'Atlantis', '', '  ', null, undefined]) expect(normalizeProvince(text), String(text)).toBeNull();
  });
});
