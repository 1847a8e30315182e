import { describe, expect, test } from 'vitest';
import { NOTICE_FORBIDDEN_WORDS, partnerNotice } from './partner-notice';

const facts = {
  company: '华欣制药', store: '某某大药房', channel: '京东大药房', sku: 'HX-IBU-010 欣舒芬 布洛芬缓释胶囊', observedPrice: '13.50', suggestedPrice: '15.00', observedAt: '2026-11-20 10:00',
};

describe('partner notice', () => {
  test('should state the facts and call the price a suggestion, in Chinese and English', () => {
    const zh = partnerNotice(facts, 'zh');
    expect(zh.body).toContain('建议零售价');
    expect(zh.body).toContain('自主决定销售价格');
    expect(zh.body).toContain('¥13.50');
    expect(zh.body).toContain('¥15.00');
    const en = partnerNotice(facts, 'en');
    expect(en.body).toContain('suggested retail price');
    expect(en.body).toContain('you set your own prices');
    expect(en.subject).toContain('HX-IBU-010');
  });

  test('should never threaten supply, rebates or authorisation, nor require a price', () => {
    for (const locale of ['zh', 'en'] as const) {
      const { subject, body } = partnerNotice(facts, locale);
      const text = `${subject}\n${body}`.toLowerCase();
      for (const word of NOTICE_FORBIDDEN_WORDS) expect(text, `${locale}: ${word}`).not.toContain(word);
    }
  });
});
