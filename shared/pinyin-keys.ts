import { pinyin } from 'pinyin-pro';

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
