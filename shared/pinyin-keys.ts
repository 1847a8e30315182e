import { customPinyin, pinyin } from 'pinyin-pro';

/**
 * Readings pinyin-pro gets wrong in drug names (重组 is chóng zǔ, recombinant, not zhòng zǔ);
 * registered once, used by search keys and sort keys alike.
 */
customPinyin({
  重组: 'chóng zǔ',
  重酒石酸: 'chóng jiǔ shí suān',
  重楼: 'chóng lóu',
  参苓: 'shēn líng',
  重酸: 'chóng suān',
});

/** The longest syllable (zhuang, shuang) has six letters; padding with zeros orders 安阳 (an yang) before 昂 (ang) in any collation. */
const SYLLABLE = 6;
const MAX_SORT_KEY = 240;

/**
 * The key a name sorts by, so Chinese names come in pinyin order (阿莫西林 before 布洛芬 before
 * 对乙酰氨基酚) on SQLite and PostgreSQL alike: each Chinese character becomes its syllable padded
 * to six with zeros; Latin letters and digits stay (lowercased); the rest is dropped.
 */
export function pinyinSortKey(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  let key = '';
  for (const char of pinyin(text, { type: 'all', toneType: 'none', v: true })) {
    key += char.isZh ? char.pinyin.toLowerCase().padEnd(SYLLABLE, '0') : char.origin.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (key.length >= MAX_SORT_KEY) break;
  }
  return key.slice(0, MAX_SORT_KEY);
}

/**
 * Search keys that let a Chinese name be found by pinyin, as staff type it: the full pinyin without
 * tones or spaces ("amoxilinjiaonang" for 阿莫西林胶囊, so "amoxilin" finds it) and the initials
 * ("amxljn", so "amxl" does). Only the Chinese characters count (Latin letters and digits are
 * searched in the names themselves, so keys never hold text a raw rename could leave behind). A
 * heteronym gets pinyin-pro's reading in context. Text without Chinese adds nothing.
 */
export function pinyinSearchKeys(...texts: (string | null | undefined)[]): string {
  const keys = new Set<string>();
  for (const text of texts) {
    if (!text || !/[\u3400-\u9fff]/.test(text)) continue;
    const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true });
    const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed', v: true });
    const squash = (parts: string[]) => parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
    keys.add(squash(full));
    keys.add(squash(initials));
  }
  return [...keys].filter(Boolean).join(' ');
}
