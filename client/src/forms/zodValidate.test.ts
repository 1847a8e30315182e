import { describe, expect, test } from 'vitest';
import { Product, Sku, UserUpdate } from '../../../shared/schemas';
import { zodValidate } from './zodValidate';

const sku = {
  id: 7,
  version: 3,
  product_id: 1,
  code: 'HX-1',
  name: 'Test',
  pack_desc: '0.25g×24粒',
  units_per_pack: 24,
  unit: '粒',
  gtin: '6901234500011',
  channel_scope: 'all',
  guide_price: 18.5,
  status: 'active',
};

describe('zodValidate', () => {
  test('should return no errors for a valid record with extra fields', () => {
    expect(zodValidate(Sku)(sku)).toEqual({});
  });

  test('should report the GTIN check digit as an i18n key', () => {
    expect(zodValidate(Sku)({ ...sku, gtin: '6901234500012' })).toEqual({ gtin: 'rx.validation.gtin_check_digit' });
  });

  test('should treat empty inputs (null) as missing', () => {
    expect(zodValidate(Sku)({ ...sku, gtin: null, name: null, guide_price: null })).toEqual({
      name: 'ra.validation.required',
      guide_price: 'ra.validation.required',
    });
  });

  test('should map built-in length errors to react-admin keys with args', () => {
    const errors = zodValidate(Product)({ generic_name: 'x'.repeat(101), dosage_form: 'a', strength: 'b', rx_class: 'non_drug', manufacturer: 'm' });
    expect(errors).toEqual({ generic_name: { message: 'ra.validation.maxLength', args: { max: 100 } } });
  });

  test('should accept an empty optional password on user update', () => {
    expect(zodValidate(UserUpdate)({ email: 'a@b.cn', name: 'A', role: 'sales', locale: 'zh', active: true, password: null })).toEqual({});
    expect(zodValidate(UserUpdate)({ email: 'a@b.cn', name: 'A', role: 'sales', locale: 'zh', active: true, password: 'short' })).toEqual({
      password: 'rx.validation.password_length',
    });
  });
});
