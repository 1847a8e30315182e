import { describe, expect, test } from 'vitest';
import { pinyinSearchKeys } from './pinyin-keys';

describe('pinyinSearchKeys', () => {
  test('should hold the full pinyin and the initials of a Chinese name', () => {
    const keys = pinyinSearchKeys('阿莫西林胶囊');
    expect(keys).toContain('amoxilin');
    expect(keys).toContain('amxl');
    expect(keys.split(' ')).toEqual(['amoxilinjiaonang', 'amxljn']);
  });

  test('should take only the Chinese of mixed names and join several texts', () => {
    const keys = pinyinSearchKeys('维生素C泡腾片 0.5g', '欣维C');
    expect(keys.split(' ')).toEqual(['weishengsupaotengpian', 'wssptp', 'xinwei', 'xw']);
  });

  test('should add nothing for text without Chinese, or no text', () => {
    expect(pinyinSearchKeys('Amoxicillin Capsules', null, undefined, '')).toBe('');
  });

  test('should read a heteronym by its context', () => {
    expect(pinyinSearchKeys('长效胰岛素')).toContain('changxiao'); // 长 alone is often zhang
    expect(pinyinSearchKeys('调经丸')).toContain('tiaojing');
  });
});
