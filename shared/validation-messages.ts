/**
 * Custom validation messages are i18n keys so the client can show them in the user's
 * language; the server sends the English text.
 */
export const validationMessages = {
  en: {
    required: 'Required',
    gtin_format: 'GTIN-13 must be exactly 13 digits',
    gtin_check_digit: 'GTIN-13 check digit is wrong',
    approval_number: 'Use 国药准字 + one letter + 8 digits (e.g. 国药准字H20040001), or an import registration number like H20150001',
    approval_number_required: 'Drugs need an approval number',
    money: 'Amount in yuan, 0 or more, at most 2 decimals',
    positive_integer: 'Must be a whole number of 1 or more',
    rate: 'A rate between 0 and 1 (e.g. 0.05 for 5%)',
    password_length: 'At least 8 characters',
    email: 'Not a valid email address',
    code_format: 'Letters, digits, dot, dash and underscore only',
    version_required: 'The record version is required (reload and try again)',
    date: 'Not a valid date',
    promo_floor_above_control: 'The promotion floor must not be above the control price',
    end_before_start: 'The end must be after the start',
  },
  zh: {
    required: '必填',
    gtin_format: 'GTIN-13 条码必须为 13 位数字',
    gtin_check_digit: 'GTIN-13 校验位错误',
    approval_number: '格式应为 国药准字 + 1 个字母 + 8 位数字（如 国药准字H20040001），或进口注册证号如 H20150001',
    approval_number_required: '药品必须填写批准文号',
    money: '金额（元），不小于 0，最多两位小数',
    positive_integer: '必须为不小于 1 的整数',
    rate: '0 到 1 之间的比例（如 0.05 表示 5%）',
    password_length: '至少 8 个字符',
    email: '邮箱地址无效',
    code_format: '只能包含字母、数字、点、横线和下划线',
    version_required: '缺少记录版本号（请刷新后重试）',
    date: '日期无效',
    promo_floor_above_control: '促销底价不能高于控价',
    end_before_start: '结束时间必须晚于开始时间',
  },
} as const;

export type ValidationMessageKey = keyof (typeof validationMessages)['en'];
export const VALIDATION_KEY_PREFIX = 'rx.validation.';

export function msg(key: ValidationMessageKey): string {
  return VALIDATION_KEY_PREFIX + key;
}

/** Turns a message key produced by `msg` into English text; other messages pass through. */
export function englishMessage(message: string): string {
  if (!message.startsWith(VALIDATION_KEY_PREFIX)) return message;
  const key = message.slice(VALIDATION_KEY_PREFIX.length) as ValidationMessageKey;
  return validationMessages.en[key] ?? message;
}
