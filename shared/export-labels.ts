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
    channel: 'Channel',
    price: 'Price',
    effective_from: 'Effective from',
    per_unit: 'per unit',
    sheet_template: 'Price import',
    sheet_instructions: 'How to fill in',
    sheet_errors: 'Import errors',
    row: 'Row',
    column: 'Column',
    message: 'Problem',
    'help.wide.1': 'One row per SKU, one column per channel (headed by the channel\'s name or code), prices in yuan per pack.',
    'help.wide.2': 'Leave a cell blank to keep the price as it is; a price equal to the one in force changes nothing.',
    'help.wide.3': 'Cells a SKU\'s channel scope does not allow are skipped. The effective date is chosen when you import.',
    'help.long.1': 'One row per SKU and channel: SKU code (or barcode), channel name or code, price in yuan per pack.',
    'help.long.2': 'Effective from: a date such as 2026-12-01 (company time zone); leave the column out to choose the date when you import.',
    'help.long.3': 'A price equal to the one in force changes nothing. The matrix export (a column per channel) can be imported as it is.',
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
    channel: '渠道',
    price: '价格',
    effective_from: '生效日期',
    per_unit: '单位价',
    sheet_template: '价格导入',
    sheet_instructions: '填写说明',
    sheet_errors: '导入错误',
    row: '行号',
    column: '列',
    message: '问题',
    'help.wide.1': '每个 SKU 一行，每个渠道一列（表头为渠道名称或编码），价格为每盒（包装）的人民币元。',
    'help.wide.2': '单元格留空表示价格不变；与现行价格相同的价格不会产生变更。',
    'help.wide.3': 'SKU 渠道范围不允许的单元格将被跳过。生效日期在导入时选择。',
    'help.long.1': '每个 SKU 和渠道一行：SKU 编码（或条码）、渠道名称或编码、每盒（包装）价格（元）。',
    'help.long.2': '生效日期：如 2026-12-01（公司时区）；不填此列则在导入时选择日期。',
    'help.long.3': '与现行价格相同的价格不会产生变更。价格矩阵导出的表格（每个渠道一列）可直接导入。',
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
