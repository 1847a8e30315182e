/**
 * The note a brand team sends an independent partner seen below the suggested retail price. China's
 * Anti-Monopoly Law forbids a supplier to fix or enforce a reseller's price, so the text informs and
 * asks, says the price is only a suggestion and that the partner sets its own, and never threatens
 * supply, rebates or authorisation. Pure, so the wording is unit-tested.
 */
export interface PartnerNoticeFacts {
  company: string;
  store: string;
  channel: string;
  sku: string;
  observedPrice: string;
  suggestedPrice: string;
  observedAt: string;
}

export function partnerNotice(facts: PartnerNoticeFacts, locale: 'zh' | 'en'): { subject: string; body: string } {
  const f = facts;
  if (locale === 'zh') {
    return {
      subject: `关于 ${f.sku} 建议零售价的沟通`,
      body: [
        `${f.store} 负责人您好：`,
        '',
        `我们在 ${f.observedAt} 看到贵店在 ${f.channel} 销售的 ${f.sku} 到手价为 ¥${f.observedPrice}，低于 ${f.company} 的建议零售价 ¥${f.suggestedPrice}。`,
        '建议零售价仅供参考，贵店可自主决定销售价格。我们联系您，是希望了解这一价格的背景（例如平台活动或满减叠加），并与您分享产品的市场定位信息。',
        '如您愿意交流，欢迎随时回复或来电。感谢您一直以来的合作。',
        '',
        `${f.company}`,
      ].join('\n'),
    };
  }
  return {
    subject: `About the suggested retail price of ${f.sku}`,
    body: [
      `Dear ${f.store} team,`,
      '',
      `On ${f.observedAt} we saw ${f.sku} offered in your store on ${f.channel} at ¥${f.observedPrice} after discounts, below ${f.company}'s suggested retail price of ¥${f.suggestedPrice}.`,
      'The suggested retail price is a recommendation only: you set your own prices. We are writing to understand the background of this price (a platform event or stacked coupons, for example) and to share how the product is positioned in the market.',
      'If you would like to talk, please reply or call us at any time. Thank you for working with us.',
      '',
      `${f.company}`,
    ].join('\n'),
  };
}

/** Words a partner notice never uses: threats to supply, rebates or authorisation, or a required price. */
export const NOTICE_FORBIDDEN_WORDS = [
  '断货', '停止供货', '停货', '取消授权', '取消返利', '扣除', '处罚', '罚款', '必须', '不得低于', '限价', '控价',
  'stop supply', 'cut off', 'suspend', 'terminate', 'penalt', 'fine', 'must', 'not allowed', 'minimum price', 'rebate',
];
