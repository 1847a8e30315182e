import { describe, expect, test } from 'vitest';
import { parseInstant } from './instants';
import { mapValue, normalizeSheetTime, SalesImportMapping, suggestSalesMapping } from './sales-import';

describe('sales import words and headers', () => {
  test('should map the status words platforms write, and the user\'s own words first', () => {
    expect(['已完成', '已发货', '已付款', '已取消', '退款成功', '交易成功', '交易关闭', ' 已签收 '].map((w) => mapValue('status', w)))
      .toEqual(['completed', 'shipped', 'paid', 'cancelled', 'refunded', 'completed', 'cancelled', 'completed']);
    expect(mapValue('status', 'paid')).toBe('paid');
    expect(mapValue('status', '部分退款')).toBeUndefined();
    expect(mapValue('status', '部分退款', { 部分退款: 'completed' })).toBe('completed');
    expect(mapValue('status', '已发货', { 已发货: 'completed' })).toBe('completed');
  });

  test('should map buyer types as distributors write them', () => {
    expect(['零售药店', '连锁药店', '医院', '诊所', '基层医疗', '社区卫生服务中心', '商业公司', 'Hospital'].map((w) => mapValue('customer_type', w)))
      .toEqual(['pharmacy', 'pharmacy', 'hospital', 'clinic', 'clinic', 'clinic', 'distributor', 'hospital']);
    expect(mapValue('customer_type', '宠物医院')).toBeUndefined();
  });

  test('should read dates and times as staff type them, in the company zone when no offset is given', () => {
    const read = (text: string) => parseInstant(normalizeSheetTime(text), 'Asia/Shanghai');
    expect(read('2026-11-03')).toBe('2026-11-02T16:00:00.000Z');
    expect(read('2026/11/3')).toBe('2026-11-02T16:00:00.000Z');
    expect(read('2026.11.03')).toBe('2026-11-02T16:00:00.000Z');
    expect(read('20261103')).toBe('2026-11-02T16:00:00.000Z');
    expect(read('2026年11月3日')).toBe('2026-11-02T16:00:00.000Z');
    expect(read('2026年11月3日 14时22分')).toBe('2026-11-03T06:22:00.000Z');
    expect(read('2026/11/3 9:05')).toBe('2026-11-03T01:05:00.000Z');
    expect(read('2026-11-03T14:22:00Z')).toBe('2026-11-03T14:22:00.000Z');
    expect(read('2026-02-30')).toBeUndefined();
    expect(read('next week')).toBeUndefined();
  });

  test('should guess each field\'s column from English and Chinese headers, each column once', () => {
    expect(suggestSalesMapping('sell_through', ['单据日期', '单据编号', '客户名称', '客户类型', '省', '市', '商品编码', '商品名称', '数量', '单价', '金额'])).toEqual({
      ordered_at: '单据日期', doc_no: '单据编号', customer_name: '客户名称', customer_type: '客户类型', province: '省', city: '市',
      sku: '商品编码', qty: '数量', unit_price: '单价', amount: '金额',
    });
    expect(suggestSalesMapping('orders', ['Order No', 'Order Time', 'Status', 'SKU', 'Qty', 'Amount'])).toEqual({
      order_no: 'Order No', ordered_at: 'Order Time', status: 'Status', sku: 'SKU', qty: 'Qty', amount: 'Amount',
    });
  });

  test('should guess a price-watch sheet\'s columns from its Chinese or English headers', () => {
    expect(suggestSalesMapping('observations', ['采集时间', '商品编码', '券后价', '店铺名称', '店铺ID', '商品链接', '记录编号'])).toEqual({
      observed_at: '采集时间', sku: '商品编码', price: '券后价', store_name: '店铺名称', shop_id: '店铺ID', url: '商品链接', external_id: '记录编号',
    });
    expect(suggestSalesMapping('observations', ['Date', 'SKU', 'Price', 'Store'])).toEqual({ observed_at: 'Date', sku: 'SKU', price: 'Price', store_name: 'Store' });
  });

  test('should refuse a mapping body with unknown fields or values', () => {
    expect(SalesImportMapping.safeParse({ mapping: { sku: 'A' }, values: { status: { x: 'paid' } } }).success).toBe(true);
    expect(SalesImportMapping.safeParse({ mapping: { colour: 'A' } }).success).toBe(false);
    expect(SalesImportMapping.safeParse({ mapping: {}, values: { status: { x: 'lost' } } }).success).toBe(false);
    expect(SalesImportMapping.safeParse({ mapping: {}, extra: 1 }).success).toBe(false);
  });
});
