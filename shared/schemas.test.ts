import { describe, expect, test } from 'vitest';
import { Product, Sku, UserCreate } from './schemas';
import { fieldErrors } from './zod-errors';
import { englishMessage, validationMessages } from './validation-messages';

const sku = { product_id: 1, code: 'HX-1', name: 'n', pack_desc: '×12', units_per_pack: 12, unit: '粒', gtin: '6901234500011', channel_scope: 'online', guide_price: 9.9 };

describe('shared schemas', () => {
  test('should accept a valid SKU and default its status', () => {
    expect(Sku.parse(sku)).toMatchObject({ status: 'active', gtin: '6901234500011' });
    expect(Sku.parse({ ...sku, gtin: '' }).gtin).toBeNull();
  });

  test('should report message keys per field', () => {
    const result = Sku.safeParse({ ...sku, gtin: '6901234500012', units_per_pack: -1, guide_price: 1.001 });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!);
    expect(errors).toMatchObject({
      gtin: 'rx.validation.gtin_check_digit',
      units_per_pack: 'rx.validation.positive_integer',
      guide_price: 'rx.validation.money',
    });
    expect(englishMessage(errors.gtin)).toBe(validationMessages.en.gtin_check_digit);
  });

  test('should require a well-formed approval number for drugs only', () => {
    const base = { generic_name: 'g', dosage_form: '片剂', strength: '1mg', manufacturer: 'm' };
    expect(Product.safeParse({ ...base, rx_class: 'rx', approval_number: '国药准字H20040001' }).success).toBe(true);
    expect(Product.safeParse({ ...base, rx_class: 'rx' }).success).toBe(false);
    expect(Product.safeParse({ ...base, rx_class: 'non_drug' }).success).toBe(true);
  });

  test('should normalise emails and require long passwords', () => {
    expect(UserCreate.parse({ email: ' A@B.example ', name: 'a', role: 'sales', password: 'blue-Kettle-42-river' }).email).toBe('a@b.example');
    expect(UserCreate.safeParse({ email: 'a@b.example', name: 'a', role: 'sales', password: 'short' }).success).toBe(false);
  });

  test('should have a Chinese text for every validation message', () => {
    expect(Object.keys(validationMessages.zh).sort()).toEqual(Object.keys(validationMessages.en).sort());
  });
});

describe('text limits', () => {
  test('should say required only for missing text, and too long for long text', () => {
    const base = { product_id: 1, code: 'HX-1', pack_desc: '×12', units_per_pack: 12, unit: '粒', channel_scope: 'online', guide_price: 9.9 };
    const missing = Sku.safeParse(base);
    expect(fieldErrors(missing.error!).name).toBe('rx.validation.required');
    const long = Sku.safeParse({ ...base, name: 'x'.repeat(200) });
    expect(fieldErrors(long.error!).name).not.toBe('rx.validation.required');
  });
});
