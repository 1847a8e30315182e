import type { DemoCompany } from './types';

// Placeholder until the full demo catalog lands.
export const kangda: DemoCompany = {
  name: '康达医药 Kangda Distribution',
  kind: 'distributor',
  users: [{ email: 'admin@kangda.example', name: '刘洋 Liu Yang', role: 'admin', locale: 'zh' }],
  channels: [
    { name: '康达自营小程序', code: 'KD-MINI', type: 'online', platform: 'own_store', region: '广东', commission_rate: 0, active: true },
  ],
  products: [
    {
      generic_name: '布洛芬缓释胶囊', brand_name: '康达芬', dosage_form: '胶囊剂', strength: '0.3g',
      approval_number: '国药准字H20013062', rx_class: 'otc_a', storage: 'ambient', manufacturer: '康达药业有限公司',
      category: '解热镇痛', vbp_price: null,
      skus: [
        { code: 'KD-IBU-020', name: '康达芬 布洛芬缓释胶囊 0.3g×20粒', pack_desc: '0.3g×20粒', units_per_pack: 20, unit: '粒', gtin: '6923456700017', channel_scope: 'all', guide_price: 15.8, status: 'active' },
      ],
    },
  ],
};
