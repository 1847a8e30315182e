/** Texts of the price compliance report (parity and below-control), merged into the app's catalogues. */
const en = {
  rx: {
    report: {
      menu: 'Compliance report',
      title: 'Price compliance report',
      intro: 'Prices in force now that break the company\'s rules. Click a row to open those prices in the matrix.',
      tabs: { below_control: 'Below control price', parity: 'Online/offline parity' },
      open_in_matrix: 'Open in matrix',
      only_breaches: 'Breaches only',
      empty_below_control: 'No price in force is below its control price.',
      empty_parity: 'No product breaks online/offline parity.',
      export_name: { below_control: 'below-control', parity: 'parity' },
      columns: {
        sku: 'SKU',
        product: 'Product',
        channel: 'Channel',
        price: 'Price',
        unit_price: 'Per unit',
        control_price: 'Control price',
        gap: 'Gap',
        gap_pct: 'Gap %',
        online: 'Lowest online per unit',
        offline: 'Lowest offline per unit',
        tolerance: 'Tolerance',
        breach: 'Breach',
        online_channel: 'Online channel',
        offline_channel: 'Offline channel',
      },
    },
  },
};

const zh: typeof en = {
  rx: {
    report: {
      menu: '价格合规报表',
      title: '价格合规报表',
      intro: '当前生效且违反公司规则的价格。点击一行可在价格矩阵中打开对应价格。',
      tabs: { below_control: '低于控价', parity: '线上线下价格倒挂' },
      open_in_matrix: '在矩阵中打开',
      only_breaches: '只看违规',
      empty_below_control: '没有低于控价的生效价格。',
      empty_parity: '没有线上线下价格倒挂的产品。',
      export_name: { below_control: '低于控价', parity: '价格倒挂' },
      columns: {
        sku: 'SKU',
        product: '产品',
        channel: '渠道',
        price: '价格',
        unit_price: '单位价格',
        control_price: '控价',
        gap: '差额',
        gap_pct: '差距',
        online: '线上最低单位价',
        offline: '线下最低单位价',
        tolerance: '容忍度',
        breach: '倒挂',
        online_channel: '线上渠道',
        offline_channel: '线下渠道',
      },
    },
  },
};

export const reportMessages = { en, zh };
