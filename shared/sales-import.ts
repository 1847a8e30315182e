import { z } from 'zod';
import { CUSTOMER_TYPES, ORDER_STATUSES, type CustomerType, type OrderStatus } from './sales';
import { msg } from './validation-messages';

/**
 * Sales file imports: what each kind of file carries, the header names staff use for each field,
 * and the words they write for statuses and buyer types. Pure, so the wizard offers exactly what
 * the server accepts.
 */
/** `observations`: a price-watch sheet (market prices seen per store), imported through the same wizard. */
export const SALES_IMPORT_KINDS = ['orders', 'sell_through', 'observations'] as const;
export type SalesImportKind = (typeof SALES_IMPORT_KINDS)[number];

export const SALES_IMPORT_FIELDS = [
  'order_no', 'doc_no', 'ordered_at', 'status', 'sku', 'qty', 'unit_price', 'amount',
  'customer_name', 'customer_ref', 'customer_type', 'province', 'city',
  'observed_at', 'price', 'store_name', 'shop_id', 'url', 'external_id',
] as const;
export type SalesImportField = (typeof SALES_IMPORT_FIELDS)[number];

/** The fields a kind of file may map, in the wizard's order, and which of them must be mapped. */
export const KIND_FIELDS: Record<SalesImportKind, { fields: SalesImportField[]; required: SalesImportField[] }> = {
  orders: {
    fields: ['order_no', 'ordered_at', 'status', 'sku', 'qty', 'unit_price', 'amount', 'customer_name', 'customer_ref', 'customer_type', 'province', 'city'],
    required: ['order_no', 'ordered_at', 'status', 'sku', 'qty'],
  },
  sell_through: {
    fields: ['doc_no', 'ordered_at', 'customer_name', 'customer_type', 'province', 'city', 'sku', 'qty', 'unit_price', 'amount', 'status'],
    required: ['ordered_at', 'customer_name', 'customer_type', 'sku', 'qty'],
  },
  observations: {
    fields: ['observed_at', 'sku', 'price', 'store_name', 'shop_id', 'url', 'external_id'],
    required: ['observed_at', 'sku', 'price'],
  },
};

/** Header names for each field, English and Chinese, as platforms and distributors' systems write them. */
export const FIELD_ALIASES: Record<SalesImportField, string[]> = {
  order_no: ['order no', 'order_no', 'order number', 'order id', '订单编号', '订单号', '平台订单号', '主订单编号', '订单id'],
  doc_no: ['doc no', 'doc_no', 'document no', 'document number', '单据编号', '单据号', '单号', '出库单号', '销售单号', '发货单号', '流向单号'],
  ordered_at: ['ordered at', 'ordered_at', 'order time', 'order date', 'date', '下单时间', '创建时间', '订单创建时间', '付款时间', '单据日期', '日期', '销售日期', '出库日期', '开票日期'],
  status: ['status', 'order status', '订单状态', '状态', '交易状态'],
  sku: ['sku', 'sku code', 'sku_code', 'gtin', 'barcode', '商品编码', '产品编码', '商家编码', '货品编码', '药品编码', '条码', '商品条码', '编码'],
  qty: ['qty', 'quantity', '数量', '购买数量', '销售数量', '出库数量', '商品数量'],
  unit_price: ['unit price', 'unit_price', 'price', '单价', '商品单价', '销售单价', '价格'],
  amount: ['amount', 'line amount', 'total', '金额', '实付金额', '销售金额', '商品金额', '小计', '应付金额'],
  customer_name: ['customer', 'customer name', 'customer_name', 'buyer', '客户名称', '客户', '购货单位', '收货单位', '终端名称', '买家昵称', '买家'],
  customer_ref: ['customer id', 'customer_ref', 'buyer id', '买家id', '会员id', '买家账号'],
  customer_type: ['customer type', 'customer_type', 'buyer type', '客户类型', '客户类别', '终端类型', '单位类型'],
  province: ['province', '省', '省份', '收货省份', '所在省', '省区'],
  city: ['city', '市', '城市', '收货城市', '所在市', '地市'],
  observed_at: ['observed at', 'observed_at', 'seen at', 'date', 'time', '监测时间', '采集时间', '抓取时间', '观察时间', '巡查时间', '日期', '时间'],
  price: ['price', 'observed price', 'payable price', '到手价', '券后价', '实付价', '成交价', '监测价格', '售价', '价格'],
  store_name: ['store', 'store name', 'store_name', 'shop', 'shop name', 'seller', '店铺', '店铺名称', '商家', '商家名称', '卖家', '网店'],
  shop_id: ['shop id', 'shop_id', 'store id', 'seller id', '店铺id', '店铺编号', '商家id', '卖家id'],
  url: ['url', 'link', 'product url', '链接', '商品链接', '网址', '页面链接'],
  external_id: ['external id', 'external_id', 'record id', 'id', '记录编号', '监测编号', '流水号'],
};

export const normalizeWord = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** Guesses a column per field of the kind from the headers; each header serves one field at most. */
export function suggestSalesMapping(kind: SalesImportKind, headers: string[]): Partial<Record<SalesImportField, string>> {
  const normalized = headers.map(normalizeWord);
  const taken = new Set<number>();
  const mapping: Partial<Record<SalesImportField, string>> = {};
  for (const field of KIND_FIELDS[kind].fields) {
    const aliases = FIELD_ALIASES[field];
    let index = -1;
    for (const alias of aliases) {
      index = normalized.findIndex((h, i) => h === alias && !taken.has(i));
      if (index >= 0) break;
    }
    if (index >= 0) {
      taken.add(index);
      mapping[field] = headers[index];
    }
  }
  return mapping;
}

const STATUS_WORDS: Record<OrderStatus, string[]> = {
  paid: ['已付款', '已支付', '付款成功', '买家已付款', '待发货', '等待卖家发货', '待出库'],
  shipped: ['已发货', '卖家已发货', '待收货', '等待买家确认收货', '运输中', '配送中', '已出库'],
  completed: ['已完成', '交易成功', '交易完成', '已签收', '已收货', '完成', '确认收货'],
  cancelled: ['已取消', '取消', '交易关闭', '已关闭', '订单取消', '已作废', '作废', 'canceled'],
  refunded: ['退款成功', '已退款', '全额退款', '退货退款', '退款完成', '已退货'],
};

const CUSTOMER_TYPE_WORDS: Record<CustomerType, string[]> = {
  consumer: ['个人', '消费者', '个人买家', '会员', '零售客户'],
  pharmacy: ['零售药店', '连锁药店', '单体药店', '药店', '药房', '大药房', '连锁门店', '零售', '连锁'],
  hospital: ['医院', '公立医院', '民营医院', '等级医院', '二级医院', '三级医院', '医疗机构'],
  clinic: ['诊所', '基层医疗', '基层医疗机构', '社区卫生服务中心', '社区医院', '卫生院', '乡镇卫生院', '村卫生室', '卫生室', '门诊部'],
  distributor: ['商业公司', '经销商', '分销商', '医药公司', '批发', '二级商业', '调拨'],
};

function dictionary<T extends string>(values: readonly T[], words: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(value, value);
    for (const word of words[value]) map.set(normalizeWord(word), value);
  }
  return map;
}

const STATUS_DICTIONARY = dictionary(ORDER_STATUSES, STATUS_WORDS);
const CUSTOMER_TYPE_DICTIONARY = dictionary(CUSTOMER_TYPES, CUSTOMER_TYPE_WORDS);

export type ValueField = 'status' | 'customer_type';
export const VALUE_FIELDS: readonly ValueField[] = ['status', 'customer_type'];

/** A status or buyer type as written: the user's own value mapping first, then the built-in words; undefined when unknown. */
export function mapValue<F extends ValueField>(field: F, text: string, own: Record<string, string> = {}): (F extends 'status' ? OrderStatus : CustomerType) | undefined {
  const word = normalizeWord(text);
  const mine = Object.entries(own).find(([k]) => normalizeWord(k) === word)?.[1];
  const dictionaryValue = (field === 'status' ? STATUS_DICTIONARY : CUSTOMER_TYPE_DICTIONARY).get(word);
  return (mine ?? dictionaryValue) as (F extends 'status' ? OrderStatus : CustomerType) | undefined;
}

/**
 * A sheet date or time as staff write it, made ISO-like for `parseInstant` (which reads an offset-less
 * time in the company's zone): 2026/11/3, 2026.11.03, 2026年11月3日 14:22, 20261103.
 */
export function normalizeSheetTime(text: string): string {
  let t = text.normalize('NFKC').trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  t = t.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日?/, '$1-$2-$3').replace(/^(\d{4})\.(\d{1,2})\.(\d{1,2})/, '$1-$2-$3');
  t = t.replace(/(\d{1,2})时(\d{1,2})分(?:(\d{1,2})秒)?/, (_m, h, mi, s) => `${h}:${mi}${s ? `:${s}` : ''}`);
  t = t.replace(/\s+/g, ' ');
  // One-digit hours (9:05) as Excel writes them.
  return t.replace(/ (\d):/, ' 0$1:');
}

const Header = z.string({ error: msg('text') }).min(1, msg('required')).max(200, msg('text'));
const ValueMap = <T extends readonly [string, ...string[]]>(values: T) => z.record(
  z.string().min(1, msg('required')).max(100, msg('text')),
  z.enum(values, { error: msg('invalid_option') }),
).refine((record) => Object.keys(record).length <= 200, msg('too_long'));

/** `POST /:id/preview` and `/:id/commit`: column per field, words for unknown values, and the answer to "replace this period?". */
export const SalesImportMapping = z.strictObject({
  mapping: z.partialRecord(z.enum(SALES_IMPORT_FIELDS, { error: msg('invalid_option') }), Header.nullable()),
  values: z.strictObject({
    status: ValueMap(ORDER_STATUSES).optional(),
    customer_type: ValueMap(CUSTOMER_TYPES).optional(),
  }).optional(),
  replace_period: z.boolean({ error: msg('boolean') }).optional(),
});
export type SalesImportMapping = z.infer<typeof SalesImportMapping>;

export const SALES_IMPORT_STATUSES = ['uploading', 'uploaded', 'running', 'confirm', 'done', 'failed', 'expired'] as const;
export type SalesImportStatus = (typeof SALES_IMPORT_STATUSES)[number];
