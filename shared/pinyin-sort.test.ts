import { describe, expect, test } from 'vitest';
import { pinyinSearchKeys, pinyinSortKey } from './pinyin-keys';

const sorted = (names: string[]) => [...names].sort((a, b) => (pinyinSortKey(a)! < pinyinSortKey(b)! ? -1 : 1));

describe('pinyin sort keys', () => {
  test('should order Chinese names by pinyin, as a Chinese reader expects', () => {
    expect(sorted(['对乙酰氨基酚片', '布洛芬缓释胶囊', '阿莫西林胶囊', '头孢克肟', '阿奇霉素'])).toEqual([
      '阿莫西林胶囊', '阿奇霉素', '布洛芬缓释胶囊', '对乙酰氨基酚片', '头孢克肟',
    ]);
  });

  test('should order syllable by syllable: 安阳 (an yang) before 昂 (ang), 西安 (xi an) before 先 (xian)', () => {
    expect(sorted(['昂', '安阳'])).toEqual(['安阳', '昂']);
    expect(sorted(['先', '西安'])).toEqual(['西安', '先']);
  });

  test('should keep Latin letters and digits and mix them with pinyin', () => {
    expect(pinyinSortKey('999感冒灵')).toBe('999gan000mao000ling00');
    expect(pinyinSortKey('Amoxil 0.25g')).toBe('amoxil025g');
    expect(pinyinSortKey(null)).toBeNull();
    expect(sorted(['布洛芬', 'Bayer 拜阿司匹灵', '阿司匹林'])).toEqual(['阿司匹林', 'Bayer 拜阿司匹灵', '布洛芬']);
  });

  test('should read drug-name heteronyms right: 重组 is chong zu, 参苓 is shen ling', () => {
    expect(pinyinSortKey('重组人干扰素')!.startsWith('chong0zu0000')).toBe(true);
    expect(pinyinSearchKeys('重组人干扰素')).toContain('chongzurenganraosu');
    expect(pinyinSearchKeys('参苓白术散')).toContain('shenlingbaizhusan');
  });

  test('should stay short for long names', () => {
    expect(pinyinSortKey('阿'.repeat(200))!.length).toBe(240);
  });
});
