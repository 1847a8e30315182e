import { describe, expect, test } from 'vitest';
import { PromotionInput } from '../../../shared/promotion-schemas';
import { duplicateOf, emptyItem, formValuesOf, newPromotionValues, toPayload, type PromotionFormValues } from './formValues';
import type { PromotionRecord } from './types';

const filledItem = {
  ...emptyItem(7),
  promo_price: 12, discount_pct: 10, stock_limit: 100, per_customer_limit: 2, per_order_limit: 1,
  group_size: 3, group_window_hours: 24, leader_price: 11, auto_fill_pct: 80, tiers: [{ min_qty: 10, unit_price: 9 }, { min_qty: null, unit_price: null }],
};

/** A form where every field of every type is filled, as after switching type back and forth. */
const everything = (type: PromotionFormValues['type']): PromotionFormValues => ({
  name: '双11', type, channel_ids: [3], start_at: '2030-11-10T16:00:00.000Z', end_at: '2030-11-12T16:00:00.000Z',
  stackable: false, budget: null, description: '  ', slots: [{ start: '10:00', end: '12:00' }], warmup_hours: 24,
  recurrence: { every: 'weekly', weekdays: [5, 1], start: '09:00', end: '21:00' }, rounding: 'jiao', items: [filledItem],
});

describe('toPayload', () => {
  test('should send a flash sale with its slots and warm-up, and only its own item fields', () => {
    const body = toPayload(everything('flash_sale'));
    expect(body).toMatchObject({ slots: [{ start: '10:00', end: '12:00' }], warmup_hours: 24, recurrence: null, rounding: 'fen', description: null });
    expect(body.items[0]).toEqual({
      sku_id: 7, promo_price: 12, discount_pct: null, stock_limit: 100, per_customer_limit: 2, per_order_limit: 1,
      group_size: null, group_window_hours: null, leader_price: null, auto_fill_pct: null, tiers: null,
    });
    expect(PromotionInput.safeParse(body).success).toBe(true);
  });

  test('should send a group buy with its group fields and no slots', () => {
    const body = toPayload(everything('group_buy'));
    expect(body).toMatchObject({ slots: [], warmup_hours: null, recurrence: null });
    expect(body.items[0]).toMatchObject({ group_size: 3, group_window_hours: 24, leader_price: 11, auto_fill_pct: 80, discount_pct: null, tiers: null });
    expect(PromotionInput.safeParse(body).success).toBe(true);
  });

  test('should send a limited discount with its rounding and a weekly window in weekday order', () => {
    const values = everything('limited_discount');
    values.items = [{ ...filledItem, promo_price: null }];
    const body = toPayload(values);
    expect(body).toMatchObject({ rounding: 'jiao', slots: [], warmup_hours: null, recurrence: { every: 'weekly', weekdays: [1, 5], start: '09:00', end: '21:00' } });
    expect(body.items[0]).toMatchObject({ promo_price: null, discount_pct: 10, leader_price: null });
    expect(PromotionInput.safeParse(body).success).toBe(true);
  });

  test('should drop the weekdays of a daily window', () => {
    const values = { ...everything('limited_discount'), recurrence: { every: 'daily' as const, weekdays: [2], start: '09:00', end: '10:00' } };
    expect(toPayload(values).recurrence).toEqual({ every: 'daily', start: '09:00', end: '10:00' });
  });

  test('should send volume tiers without blank tier rows, and no fixed price', () => {
    const body = toPayload(everything('volume_tier'));
    expect(body.items[0]).toMatchObject({ tiers: [{ min_qty: 10, unit_price: 9 }], promo_price: null, stock_limit: null, per_customer_limit: 2 });
    expect(PromotionInput.safeParse(body).success).toBe(true);
  });

  test('should keep the version of an edit and the source of a duplicate, and blank inputs as null', () => {
    const values = { ...everything('flash_sale'), version: 4, duplicated_from: 9, budget: '' as unknown as null };
    expect(toPayload(values)).toMatchObject({ version: 4, duplicated_from: 9, budget: null });
  });
});

const record: PromotionRecord = {
  id: 9, name: '双11 秒杀', type: 'flash_sale', channel_ids: [3, 4], start_at: '2030-11-10T16:00:00.000Z', end_at: '2030-11-12T16:00:00.000Z',
  stackable: true, budget: 5000, description: null, slots: [{ start: '10:00', end: '12:00' }], warmup_hours: 12, recurrence: null, rounding: 'fen',
  status: 'approved', state: 'scheduled', approval_reason: null, created_by: 1, created_by_name: 'A', submitted_by: 1, submitted_by_name: 'A', submitted_at: null,
  decided_by: null, decided_by_name: null, decided_at: null, decision_note: null, duplicated_from: null, version: 3,
  created_at: '2030-01-01T00:00:00.000Z', updated_at: '2030-01-01T00:00:00.000Z',
  items: [{ ...emptyItem(7), promo_price: 12, stock_limit: 100, sold: 40 }] as PromotionRecord['items'],
};

describe('formValuesOf and duplicateOf', () => {
  test('should turn a record into the edit form, keeping what sold for display and sending it back unchanged', () => {
    const values = formValuesOf(record);
    expect(values).toMatchObject({ id: 9, version: 3, stackable: true, budget: 5000, warmup_hours: 12 });
    expect(values.items[0].sold).toBe(40);
    const body = toPayload(values);
    expect(body.items[0]).not.toHaveProperty('sold');
    expect(body).toMatchObject({ version: 3, channel_ids: [3, 4], slots: record.slots });
  });

  test('should copy a promotion into a new draft named as a copy, with nothing sold and its source kept', () => {
    const copy = duplicateOf(record, ' (copy)', Date.parse('2030-01-01T00:00:00Z'));
    expect(copy).toMatchObject({ name: '双11 秒杀 (copy)', duplicated_from: 9, start_at: record.start_at, end_at: record.end_at });
    expect(copy).not.toHaveProperty('id');
    expect(copy).not.toHaveProperty('version');
    expect(copy.items[0]).not.toHaveProperty('sold');
  });

  test('should leave the period empty when the copied promotion is over', () => {
    const copy = duplicateOf(record, '（副本）', Date.parse('2031-01-01T00:00:00Z'));
    expect(copy).toMatchObject({ name: '双11 秒杀（副本）', start_at: null, end_at: null });
  });
});

describe('newPromotionValues', () => {
  test('should start tomorrow at midnight company time and run three days', () => {
    const values = newPromotionValues(Date.parse('2030-11-10T17:30:00Z'), 'Asia/Shanghai'); // 01:30 on the 11th in Shanghai
    expect(values).toMatchObject({ start_at: '2030-11-11T16:00:00.000Z', end_at: '2030-11-14T16:00:00.000Z', items: [], channel_ids: [] });
  });
});
