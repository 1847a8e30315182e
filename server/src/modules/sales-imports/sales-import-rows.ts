import { gtinKey } from '../../../../shared/identifiers';
import { hash } from 'node:crypto';
import type { Db } from '../../db/knex';
import { apiError } from '../../http/errors';
import { logger } from '../../logger';
import { MAX_AMOUNT_YUAN, MAX_PRICE_YUAN } from '../../../../shared/fields';
import { parseInstant } from '../../../../shared/instants';
import { parseYuanText, yuanToFen } from '../../../../shared/money';
import { normalizeProvince } from '../../../../shared/provinces';
import { maskConsumerName, salesDay } from '../../../../shared/sales';
import {
  KIND_FIELDS, mapValue, normalizeSheetTime, type SalesImportField, type SalesImportKind, type SalesImportMapping, type ValueField,
} from '../../../../shared/sales-import';
import { renderServerMessage } from '../../../../shared/server-messages';
import type { RowError } from '../imports/price-import-rows';
import { sheetCellReader } from './sheet-cells';

/** A row resolved for the staging table (fen, SKU id, business day); `line_hash` covers the order's fields and the line's. */
export interface StagedLine {
  row_no: number;
  order_no: string;
  auto_no: number;
  ordered_at: string;
  sales_day: string;
  status: string;
  customer_name: string | null;
  customer_ref: string | null;
  customer_type: string;
  province: string | null;
  city: string | null;
  sku_id: number;
  qty: number;
  unit_price: number;
  amount: number;
  line_hash: number;
}

export interface ResolvedSalesRow { line?: StagedLine; errors: RowError[]; unknown: { field: ValueField; value: string }[] }

const MAX_TEXT: Partial<Record<SalesImportField, number>> = {
  order_no: 64, doc_no: 64, customer_name: 100, customer_ref: 64, city: 40,
};

/** 40 bits of an MD5: summed over an order's lines it stays an exact integer on both databases. */
export function hash40(text: string): number {
  return parseInt(hash('md5', text).slice(0, 10), 16); // the one-shot hash: a third of createHash's cost per row
}

/** Checks that every required field is mapped to a column of the file, and a price or an amount is; column indexes by field. */
export function mappedColumns(kind: SalesImportKind, headers: string[], mapping: SalesImportMapping['mapping']) {
  const errors: Record<string, string> = {};
  const columns: Partial<Record<SalesImportField, number>> = {};
  for (const field of KIND_FIELDS[kind].fields) {
    const header = mapping[field];
    if (!header) continue;
    const index = headers.indexOf(header);
    if (index < 0) errors[`mapping.${field}`] = renderServerMessage('en', 'import_unknown_column', { column: header }) ?? header;
    else columns[field] = index;
  }
  for (const field of KIND_FIELDS[kind].required) {
    if (!mapping[field]) errors[`mapping.${field}`] = renderServerMessage('en', 'sales_import_map_field', { field }) ?? field;
  }
  if (kind !== 'observations' && !mapping.unit_price && !mapping.amount) errors['mapping.unit_price'] = renderServerMessage('en', 'sales_import_map_price') ?? 'price';
  if (Object.keys(errors).length) {
    const [first] = Object.keys(errors);
    throw apiError(400, 'sales_import_mapping', { field: first.slice('mapping.'.length) }, errors);
  }
  return columns;
}

/**
 * Loads the tenant's SKUs once and returns a function that resolves one staged row (row numbers as
 * in the sheet, the header being row 1). Statuses and buyer types go through the user's value
 * mapping, then the built-in words; a sell-through row without a document number gets a key from
 * its content, to which the apply appends its occurrence in the file.
 */
export async function salesRowResolver(db: Db, orgId: number, kind: SalesImportKind, headers: string[], input: SalesImportMapping, timeZone: string) {
  const columns = mappedColumns(kind, headers, input.mapping);
  const skus: { id: number; code: string; gtin: string | null }[] = await db('skus').where('org_id', orgId).select('id', 'code', 'gtin');
  const skuByCode = new Map(skus.map((s) => [s.code.toLowerCase(), s.id]));
  const skuByGtin = new Map(skus.filter((s) => s.gtin).map((s) => [s.gtin!, s.id]));
  const ownValues = input.values ?? {};
  // Files repeat the same few hundred dates and provinces: each text is parsed once (Intl time-zone math is the cost).
  const times = new Map<string, { at?: string; day?: string }>();
  const provinces = new Map<string, string | null>();
  const readTime = (text: string) => {
    let hit = times.get(text);
    if (!hit) {
      const at = parseInstant(normalizeSheetTime(text), timeZone);
      hit = { at, day: at && salesDay(at, timeZone) };
      if (times.size > 50_000) times.clear();
      times.set(text, hit);
    }
    return hit;
  };
  const readProvince = (text: string) => {
    let hit = provinces.get(text);
    if (hit === undefined) {
      hit = normalizeProvince(text);
      if (provinces.size > 10_000) provinces.clear();
      provinces.set(text, hit);
    }
    return hit;
  };

  const { start: startRow, fail, cell, required } = sheetCellReader(columns, MAX_TEXT);
  const money = (field: 'unit_price' | 'amount', max: number) => {
    const text = cell(field);
    if (!text) return null;
    const yuan = parseYuanText(text);
    if (yuan === null || yuan > max) {
      fail(field, 'sales_row_money', { value: text.slice(0, 40) });
      return undefined;
    }
    return yuanToFen(yuan);
  };

  return (cells: string[], sheetRow: number): ResolvedSalesRow => {
    const errors: RowError[] = [];
    const unknown: ResolvedSalesRow['unknown'] = [];
    startRow(cells, sheetRow, errors);

    const docNo = kind === 'orders' ? required('order_no') : cell('doc_no');
    const timeText = required('ordered_at');
    const time = timeText ? readTime(timeText) : undefined;
    const orderedAt = time?.at;
    if (timeText && !orderedAt) fail('ordered_at', 'sales_row_time', { value: timeText.slice(0, 40) });

    const statusText = kind === 'orders' ? required('status') : cell('status');
    let status: string | undefined = kind === 'sell_through' && !statusText ? 'completed' : undefined;
    if (statusText) {
      status = mapValue('status', statusText, ownValues.status);
      if (!status) {
        fail('status', 'sales_row_status', { value: statusText.slice(0, 40) });
        unknown.push({ field: 'status', value: statusText.slice(0, 100) });
      }
    }
    const typeText = kind === 'sell_through' ? required('customer_type') : cell('customer_type');
    let customerType: string | undefined = kind === 'orders' && !typeText ? 'consumer' : undefined;
    if (typeText) {
      customerType = mapValue('customer_type', typeText, ownValues.customer_type);
      if (!customerType) {
        fail('customer_type', 'sales_row_customer_type', { value: typeText.slice(0, 40) });
        unknown.push({ field: 'customer_type', value: typeText.slice(0, 100) });
      }
    }
    const nameText = kind === 'sell_through' ? required('customer_name') : cell('customer_name');
    const customerName = customerType === 'consumer' ? maskConsumerName(nameText) : nameText || null;
    const customerRef = cell('customer_ref') || null;

    const provinceText = cell('province');
    const province = provinceText ? readProvince(provinceText) : null;
    if (provinceText && !province) fail('province', 'sales_row_province', { value: provinceText.slice(0, 40) });
    const city = cell('city') || null;

    const skuText = required('sku');
    const skuId = skuText ? (skuByCode.get(skuText.toLowerCase()) ?? skuByGtin.get(gtinKey(skuText))) : undefined;
    if (skuText && !skuId) fail('sku', 'import_row_sku_unknown', { value: skuText.slice(0, 40) });

    const qtyText = required('qty');
    const qty = Number(qtyText.replace(/,/g, ''));
    const qtyOk = qtyText !== '' && Number.isInteger(qty) && qty >= 1 && qty <= 1_000_000;
    if (qtyText && !qtyOk) fail('qty', 'sales_row_qty', { value: qtyText.slice(0, 40) });

    const unitPrice = money('unit_price', MAX_PRICE_YUAN);
    const amountGiven = money('amount', MAX_AMOUNT_YUAN);
    if (unitPrice === null && amountGiven === null) fail(columns.unit_price !== undefined ? 'unit_price' : 'amount', 'sales_row_required');

    if (errors.length) return { errors, unknown };
    if (!orderedAt || !status || !customerType || !skuId || !qtyOk || unitPrice === undefined || amountGiven === undefined) {
      // Every check above reports its own error, so this is a bug: refuse the row loudly rather than stage a blank one.
      logger.warn({ sheetRow, orderedAt, status, customerType, skuId, qtyOk, unitPrice, amountGiven }, 'sales import row resolved without a value or an error');
      fail('ordered_at', 'sales_row_unreadable');
      return { errors, unknown };
    }
    const amount = amountGiven ?? Math.round(qty * (unitPrice ?? 0));
    const unit = unitPrice ?? Math.round(amount / qty);
    const day = time!.day!;
    const lineHash = hash40(JSON.stringify([orderedAt, status, customerName, customerRef, customerType, province, city, skuId, qty, unit, amount]));
    const auto = !docNo;
    const orderNo = auto ? `${day}-${lineHash.toString(36)}` : docNo;
    return {
      errors,
      unknown,
      line: {
        row_no: sheetRow - 1, order_no: orderNo, auto_no: auto ? 1 : 0, ordered_at: orderedAt, sales_day: day, status,
        customer_name: customerName, customer_ref: customerRef, customer_type: customerType, province, city,
        sku_id: skuId, qty, unit_price: unit, amount,
        line_hash: lineHash,
      },
    };
  };
}
