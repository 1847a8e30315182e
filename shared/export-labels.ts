import { catalogueFor } from './message-template';

/**
 * Column headers, sheet names and enum labels of the spreadsheets the server writes, in the reader's
 * language (Chinese staff open them in Excel; 处方药, not `rx`).
 */
const exportLabels = {
  en: {
    sheet_box: 'Channel prices',
    sheet_unit: 'Per-unit prices',
    code: 'SKU code',
    name: 'Name',
    generic_name: 'Generic name',
    pack_desc: 'Pack',
    units_per_pack: 'Units',
    channel_scope: 'Channel scope',
    rx_class: 'Rx class',
    control_price: 'Control price',
    guide_price: 'Guide price',
    'scope.online': 'Online only',
    'scope.offline': 'Offline only',
    'scope.all': 'All channels',
    'rx.rx': 'Prescription',
    'rx.otc_a': 'OTC (A)',
    'rx.otc_b': 'OTC (B)',
    'rx.non_drug': 'Non-drug',
  },
  zh: {
    sheet_box: '渠道价格',
    sheet_unit: '单位价格',
    code: 'SKU编码',
    name: '名称',
    generic_name: '通用名',
    pack_desc: '包装规格',
    units_per_pack: '最小单位数',
    channel_scope: '渠道范围',
    rx_class: '处方分类',
    control_price: '控价',
    guide_price: '指导价',
    'scope.online': '仅线上',
    'scope.offline': '仅线下',
    'scope.all': '全渠道',
    'rx.rx': '处方药',
    'rx.otc_a': '甲类非处方药',
    'rx.otc_b': '乙类非处方药',
    'rx.non_drug': '非药品',
  },
};

export type ExportLabel = keyof (typeof exportLabels)['en'];

/** A label in the reader's language; an unknown one (a new enum value) shows as itself. */
export function exportLabel(locale: string, key: string): string {
  const catalogue = catalogueFor(locale, exportLabels);
  return Object.hasOwn(catalogue, key) ? catalogue[key] : key.replace(/^\w+\./, '');
}

export const exportLabelCatalogues = exportLabels;
