import type { DemoCompany } from './types';

// Placeholder until the full demo catalog lands.
export const huaxin: DemoCompany = {
  name: '华欣制药 Huaxin Pharmaceutical',
  kind: 'manufacturer',
  users: [
    { email: 'admin@huaxin.example', name: '王磊 Wang Lei', role: 'admin', locale: 'zh' },
    { email: 'manager@huaxin.example', name: '李静 Li Jing', role: 'manager', locale: 'zh' },
    { email: 'sales@huaxin.example', name: '张伟 Zhang Wei', role: 'sales', locale: 'zh' },
    { email: 'promo@huaxin.example', name: '陈晨 Chen Chen', role: 'promotion', locale: 'zh' },
  ],
  channels: [
    { name: '京东大药房', code: 'JD', type: 'online', platform: 'jd', region: '全国', commission_rate: 0.08, active: true },
    { name: '华东医药分销', code: 'DIST-EAST', type: 'offline', platform: 'distributor', region: '华东', commission_rate: 0.03, active: true },
  ],
  products: [
    {
      generic_name: '阿莫西林胶囊', brand_name: '欣诺林', dosage_form: '胶囊剂', strength: '0.25g',
      approval_number: '国药准字H20040001', rx_class: 'rx', storage: 'ambient', manufacturer: '华欣制药股份有限公司',
      category: '抗感染', vbp_price: null,
      skus: [
        { code: 'HX-AMX-024', name: '欣诺林 阿莫西林胶囊 0.25g×24粒', pack_desc: '0.25g×24粒', units_per_pack: 24, unit: '粒', gtin: '6901234500011', channel_scope: 'offline', guide_price: 18.5, status: 'active' },
        { code: 'HX-AMX-012', name: '欣诺林 阿莫西林胶囊 0.25g×12粒', pack_desc: '0.25g×12粒', units_per_pack: 12, unit: '粒', gtin: '6901234500028', channel_scope: 'online', guide_price: 9.9, status: 'active' },
      ],
    },
  ],
};
