import { describe, expect, test } from 'vitest';
import { Channel, LoginRequest, Product, Sku, UserUpdate } from './schemas';
import { fieldErrors } from './zod-errors';
import { englishMessage } from './validation-messages';

const errorsOf = (result: { success: boolean; error?: unknown }) => {
  expect(result.success).toBe(false);
  return fieldErrors((result as { error: Parameters<typeof fieldErrors>[0] }).error);
};

const product = { generic_name: '布洛芬缓释胶囊', dosage_form: '胶囊', strength: '0.3g', manufacturer: 'Maker' };

describe('product', () => {
  test('should fill the optional fields with null and storage with ambient', () => {
    expect(Product.parse({ ...product, rx_class: 'non_drug' })).toEqual({
      ...product, rx_class: 'non_drug', brand_name: null, approval_number: null, storage: 'ambient', category: null, vbp_price: null, parity_tolerance: null,
    });
    expect(Product.parse({ ...product, rx_class: 'non_drug', vbp_price: null, parity_tolerance: null })).toMatchObject({ vbp_price: null, parity_tolerance: null });
    expect(Product.parse({ ...product, rx_class: 'non_drug', vbp_price: 12.5, parity_tolerance: 0 })).toMatchObject({ vbp_price: 12.5, parity_tolerance: 0 });
  });

  test('should tell a missing approval number from a malformed one, for drugs only', () => {
    expect(errorsOf(Product.safeParse({ ...product, rx_class: 'rx' }))).toEqual({ approval_number: 'rx.validation.approval_number_required' });
    expect(errorsOf(Product.safeParse({ ...product, rx_class: 'otc_a', approval_number: 'H2004' }))).toEqual({ approval_number: 'rx.validation.approval_number' });
    expect(Product.parse({ ...product, rx_class: 'otc_b', approval_number: 'HC20150001' }).approval_number).toBe('HC20150001');
    expect(Product.parse({ ...product, rx_class: 'non_drug', approval_number: '械备 2020-1' }).approval_number).toBe('械备 2020-1');
  });
});

describe('SKU', () => {
  test('should default to active and an absent GTIN to null', () => {
    const sku = { product_id: 1, code: 'A-1', name: 'n', pack_desc: '×12', units_per_pack: 12, unit: '粒', channel_scope: 'all', guide_price: 9.9 };
    expect(Sku.parse(sku)).toEqual({ ...sku, gtin: null, status: 'active' });
    expect(Sku.parse({ ...sku, gtin: null, status: 'inactive' })).toMatchObject({ gtin: null, status: 'inactive' });
  });
});

describe('channel', () => {
  test('should keep its fields and default commission 0, active, no region, no owner, audience and operator from the platform', () => {
    const channel = { name: '京东自营', code: 'JD', type: 'online', platform: 'jd' };
    expect(Channel.parse(channel)).toEqual({ ...channel, region: null, commission_rate: 0, active: true, owner_user_id: null, audience: null, operated_by: null });
    expect(Channel.parse({ ...channel, region: '华东', commission_rate: 0.05, active: false, owner_user_id: 7, audience: 'b2b', operated_by: 'company' }))
      .toEqual({ ...channel, region: '华东', commission_rate: 0.05, active: false, owner_user_id: 7, audience: 'b2b', operated_by: 'company' });
    expect(Object.keys(errorsOf(Channel.safeParse({ ...channel, operated_by: 'agency' })))).toEqual(['operated_by']);
    expect(Object.keys(errorsOf(Channel.safeParse({ ...channel, audience: 'b2g' })))).toEqual(['audience']);
    expect(Object.keys(errorsOf(Channel.safeParse({ ...channel, type: 'mall', platform: 'ebay', commission_rate: 2 }))).sort()).toEqual(['commission_rate', 'platform', 'type']);
  });
});

describe('users and login', () => {
  test('should default a user to Chinese and active, and keep the password on an empty update', () => {
    expect(UserUpdate.parse({ email: 'a@b.example', name: 'A', role: 'manager', password: '' })).toEqual({
      email: 'a@b.example', name: 'A', role: 'manager', locale: 'zh', active: true, password: undefined,
    });
  });

  test('should name the problem with an email or a login password', () => {
    expect(errorsOf(UserUpdate.safeParse({ email: 'not-an-email', name: 'A', role: 'sales' }))).toEqual({ email: 'rx.validation.email' });
    expect(errorsOf(UserUpdate.safeParse({ email: 42, name: 'A', role: 'sales' }))).toEqual({ email: 'rx.validation.email' });
    expect(errorsOf(LoginRequest.safeParse({ email: 'a@b.example' }))).toEqual({ password: 'rx.validation.required' });
    expect(errorsOf(LoginRequest.safeParse({ email: 'a@b.example', password: '' }))).toEqual({ password: 'rx.validation.required' });
    expect(errorsOf(LoginRequest.safeParse({ email: 'a@b.example', password: 'x'.repeat(1001) }))).toEqual({ password: 'rx.validation.password_too_long' });
    expect(LoginRequest.parse({ email: ' A@B.Example ', password: 'rxchannel-demo' })).toEqual({ email: 'a@b.example', password: 'rxchannel-demo' });
  });
});

describe('messages', () => {
  test('should pass text that is not a message key through unchanged', () => {
    expect(englishMessage('Already committed')).toBe('Already committed');
    expect(englishMessage('rx.validation.no_such_key')).toBe('rx.validation.no_such_key');
    expect(englishMessage('rx.validation.required')).toBe('Required');
  });
});
