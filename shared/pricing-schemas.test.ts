import { describe, expect, test } from 'vitest';
import {
  ChannelPriceRequest, DEFAULT_ORG_SETTINGS, OrgSettings, PriceBatch, PriceDecision, PriceImportMapping, PricePolicy,
  PriceRejection,
} from './pricing-schemas';
import { fieldErrors } from './zod-errors';

const errorsOf = (result: { success: boolean; error?: unknown }) => {
  expect(result.success).toBe(false);
  return fieldErrors((result as { error: Parameters<typeof fieldErrors>[0] }).error);
};

describe('price policy', () => {
  test('should allow a promotion floor up to the control price, not above', () => {
    expect(PricePolicy.parse({ sku_id: 1, control_price: 10, promo_floor_price: 8 })).toEqual({ sku_id: 1, control_price: 10, promo_floor_price: 8 });
    expect(PricePolicy.safeParse({ sku_id: 1, control_price: 10, promo_floor_price: 10 }).success).toBe(true);
    expect(errorsOf(PricePolicy.safeParse({ sku_id: 1, control_price: 10, promo_floor_price: 10.01 }))).toEqual({
      promo_floor_price: 'rx.validation.promo_floor_above_control',
    });
  });

  test('should need a SKU and both prices', () => {
    expect(Object.keys(errorsOf(PricePolicy.safeParse({}))).sort()).toEqual(['control_price', 'promo_floor_price', 'sku_id']);
  });
});

describe('channel price request', () => {
  const base = { sku_id: 3, channel_id: 4, price: 12.5, effective_from: '2030-05-01T00:00:00Z' };

  test('should default an open end and an empty reason to null', () => {
    expect(ChannelPriceRequest.parse(base)).toEqual({
      ...base, effective_from: '2030-05-01T00:00:00.000Z', effective_to: null, reason: null, kind: 'price', corrects_id: null,
    });
    expect(ChannelPriceRequest.parse({ ...base, effective_to: null, reason: '  ' })).toMatchObject({ effective_to: null, reason: null });
    expect(ChannelPriceRequest.parse({ ...base, reason: ' launch ' }).reason).toBe('launch');
  });

  test('should require a reason for a correction and refuse unknown kinds', () => {
    expect(ChannelPriceRequest.safeParse({ ...base, kind: 'correction' }).error?.issues[0].path).toEqual(['reason']);
    expect(ChannelPriceRequest.parse({ ...base, kind: 'correction', reason: 'typo', corrects_id: 7 })).toMatchObject({ kind: 'correction', corrects_id: 7 });
    expect(ChannelPriceRequest.safeParse({ ...base, kind: 'rewrite' }).success).toBe(false);
  });

  test('should read a bare date as the start of that day in China', () => {
    expect(ChannelPriceRequest.parse({ ...base, effective_from: '2030-05-01', effective_to: '2030-05-02' })).toMatchObject({
      effective_from: '2030-04-30T16:00:00.000Z',
      effective_to: '2030-05-01T16:00:00.000Z',
    });
  });

  test('should need the end strictly after the start', () => {
    expect(ChannelPriceRequest.safeParse({ ...base, effective_to: '2030-05-01T00:00:00.001Z' }).success).toBe(true);
    expect(errorsOf(ChannelPriceRequest.safeParse({ ...base, effective_to: '2030-05-01T00:00:00Z' }))).toEqual({ effective_to: 'rx.validation.end_before_start' });
    expect(errorsOf(ChannelPriceRequest.safeParse({ ...base, effective_to: '2030-04-01' }))).toEqual({ effective_to: 'rx.validation.end_before_start' });
  });

  test('should report every bad field at once', () => {
    const errors = errorsOf(ChannelPriceRequest.safeParse({ sku_id: 'x', channel_id: 0, price: -1, effective_from: 'soon', reason: 'x'.repeat(501) }));
    expect(Object.keys(errors).sort()).toEqual(['channel_id', 'effective_from', 'price', 'reason', 'sku_id']);
  });
});

describe('price batch', () => {
  const change = { sku_id: 1, channel_id: 2, price: 9.9 };

  test('should take 1 to 20,000 changes with one start', () => {
    expect(PriceBatch.parse({ effective_from: '2030-01-01T00:00:00Z', changes: [change] })).toEqual({
      effective_from: '2030-01-01T00:00:00.000Z', reason: null, changes: [change],
    });
    expect(PriceBatch.safeParse({ effective_from: '2030-01-01T00:00:00Z', changes: Array(20000).fill(change) }).success).toBe(true);
    expect(errorsOf(PriceBatch.safeParse({ effective_from: '2030-01-01T00:00:00Z', changes: [] }))).toHaveProperty('changes');
    expect(errorsOf(PriceBatch.safeParse({ effective_from: '2030-01-01T00:00:00Z', changes: Array(20001).fill(change) }))).toHaveProperty('changes');
  });

  test('should point at the bad cell', () => {
    expect(errorsOf(PriceBatch.safeParse({ effective_from: '2030-01-01T00:00:00Z', changes: [change, { ...change, price: 0 }] }))).toHaveProperty(['changes.1.price']);
  });
});

describe('price decisions', () => {
  test('should make a note optional to approve and required to reject', () => {
    expect(PriceDecision.parse({})).toEqual({ note: null });
    expect(PriceDecision.parse({ note: ' fine ' })).toEqual({ note: 'fine' });
    expect(PriceRejection.parse({ note: ' below floor ' })).toEqual({ note: 'below floor' });
    expect(errorsOf(PriceRejection.safeParse({}))).toEqual({ note: 'rx.validation.required' });
    expect(errorsOf(PriceRejection.safeParse({ note: '   ' }))).toEqual({ note: 'rx.validation.required' });
    expect(PriceRejection.safeParse({ note: 'x'.repeat(500) }).success).toBe(true);
    expect(PriceRejection.safeParse({ note: 'x'.repeat(501) }).success).toBe(false);
  });
});

describe('company settings', () => {
  test('should default to a 5% parity tolerance, a 20% approval threshold and China time', () => {
    expect(DEFAULT_ORG_SETTINGS).toEqual({
      parity_tolerance: 0.05, auto_approve_threshold: 0.2, require_second_approver: true, time_zone: 'Asia/Shanghai', severity_low_below_pct: 5, severity_medium_below_pct: 15,
    });
    // Settings saved before the severity bands existed read with the defaults; the bands must be ordered.
    const { severity_low_below_pct: _low, severity_medium_below_pct: _medium, ...older } = DEFAULT_ORG_SETTINGS;
    expect(OrgSettings.parse(older)).toEqual(DEFAULT_ORG_SETTINGS);
    expect(OrgSettings.safeParse({ ...DEFAULT_ORG_SETTINGS, severity_low_below_pct: 15, severity_medium_below_pct: 15 }).success).toBe(false);
    expect(OrgSettings.safeParse({ ...DEFAULT_ORG_SETTINGS, severity_low_below_pct: -1 }).success).toBe(false);
    expect(OrgSettings.parse({ parity_tolerance: 0.05, auto_approve_threshold: 0.2 }).time_zone).toBe('Asia/Shanghai');
    for (const zone of ['Mars/Olympus', '', 'Asia/Shanghai; DROP', 'x'.repeat(65)]) {
      expect(OrgSettings.safeParse({ ...DEFAULT_ORG_SETTINGS, time_zone: zone }).success, zone).toBe(false);
    }
    expect(OrgSettings.parse({ ...DEFAULT_ORG_SETTINGS, time_zone: 'UTC' }).time_zone).toBe('UTC');
    expect(OrgSettings.parse({ parity_tolerance: 0.05, auto_approve_threshold: 0.2 }).require_second_approver).toBe(true);
    expect(OrgSettings.safeParse({ ...DEFAULT_ORG_SETTINGS, require_second_approver: 'no' }).success).toBe(false);
    expect(OrgSettings.parse(DEFAULT_ORG_SETTINGS)).toEqual(DEFAULT_ORG_SETTINGS);
  });

  test('should take rates from 0 to 1 only', () => {
    expect(OrgSettings.safeParse({ parity_tolerance: 0, auto_approve_threshold: 1 }).success).toBe(true);
    expect(Object.keys(errorsOf(OrgSettings.safeParse({ parity_tolerance: -0.01, auto_approve_threshold: 1.01 }))).sort()).toEqual(['auto_approve_threshold', 'parity_tolerance']);
  });
});

describe('price import mapping', () => {
  const columns = { sku: 'SKU', channel: 'Channel', price: 'Price' };

  test('should need a start date column or a default start', () => {
    expect(PriceImportMapping.parse({ ...columns, effective_from: 'From' })).toMatchObject({ effective_from: 'From' });
    expect(PriceImportMapping.parse({ ...columns, default_effective_from: '2030-01-01' })).toMatchObject({ default_effective_from: '2029-12-31T16:00:00.000Z' });
    expect(errorsOf(PriceImportMapping.safeParse(columns))).toEqual({ default_effective_from: 'rx.validation.required' });
    expect(errorsOf(PriceImportMapping.safeParse({ ...columns, effective_from: '' }))).toEqual({ default_effective_from: 'rx.validation.required' });
  });

  test('should need the SKU, channel and price columns', () => {
    expect(errorsOf(PriceImportMapping.safeParse({ sku: '', effective_from: 'From' }))).toEqual({
      sku: 'rx.validation.required', channel: 'rx.validation.required', price: 'rx.validation.required',
    });
    expect(errorsOf(PriceImportMapping.safeParse({ sku: 1, channel: '', price: '', effective_from: 'From' }))).toEqual({
      sku: 'rx.validation.required', channel: 'rx.validation.required', price: 'rx.validation.required',
    });
  });
});
