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
    money: 'Amount in yuan from 0.01 to 10,000,000, at most 2 decimals',
    amount: 'Amount in yuan between -10,000,000,000 and 10,000,000,000, at most 2 decimals',
    id: 'Must be a record id (a whole number from 1 to 2147483647)',
    too_long: 'Too long',
    sku_not_found: 'SKU not found',
    channel_not_found: 'Channel not found',
    product_not_found: 'Product not found',
    out_of_scope: 'The SKU\'s channel scope (online-only or offline-only) does not allow this channel',
    already_exists: 'Already exists',
    stale_version: 'Stale version',
    ask_another_admin: 'Ask another admin to change your own role',
    past_start: 'A price cannot start in the past: choose today or a later date',
    text: 'Must be text',
    control_chars: 'Must not contain control characters',
    positive_integer: 'Must be a whole number of 1 or more',
    rate: 'A rate between 0 and 1 (e.g. 0.05 for 5%)',
    password_length: 'At least 10 characters',
    password_too_long: 'At most 72 bytes (72 letters or digits, 24 Chinese characters)',
    password_weak: 'Too easy to guess: add more words, or mix unrelated words, digits and symbols',
    password_contains_email: 'Must not contain your email address or its name part',
    password_wrong: 'The current password is wrong',
    password_unchanged: 'Choose a password different from the current one',
    choose_organization: 'Choose your company',
    email: 'Not a valid email address',
    code_format: 'Letters, digits, dot, dash and underscore only',
    version_required: 'The record version is required (reload and try again)',
    date: 'Not a valid date',
    promo_floor_above_control: 'The promotion floor must not be above the control price',
    end_before_start: 'The end must be after the start',
    boolean: 'Must be true or false',
    time_zone: 'Choose a time zone such as Asia/Shanghai',
    locale: 'Choose English (en) or Simplified Chinese (zh)',
    correction_reason_required: 'A correction needs a reason',
    correction_not_past: 'A correction is for a past period: its start must be in the past',
    correction_target: 'Not an approved price of this SKU on this channel',
    self_decision_note: 'A note is required when you decide your own request',
  },
  zh: {
    required: '必填',
    gtin_format: 'GTIN-13 条码必须为 13 位数字',
    gtin_check_digit: 'GTIN-13 校验位错误',
    approval_number: '格式应为 国药准字 + 1 个字母 + 8 位数字（如 国药准字H20040001），或进口注册证号如 H20150001',
    approval_number_required: '药品必须填写批准文号',
    money: '金额（元），0.01 至 10,000,000，最多两位小数',
    amount: '金额（元），-10,000,000,000 至 10,000,000,000，最多两位小数',
    id: '必须是记录编号（1 到 2147483647 之间的整数）',
    too_long: '内容过长',
    sku_not_found: '未找到该 SKU',
    channel_not_found: '未找到该渠道',
    product_not_found: '未找到该产品',
    out_of_scope: '该 SKU 的渠道范围（仅线上或仅线下）不允许此渠道',
    already_exists: '已存在',
    stale_version: '版本已过期',
    ask_another_admin: '请让另一位管理员修改您自己的角色',
    past_start: '价格不能从过去的时间生效：请选择今天或之后的日期',
    text: '必须是文本',
    control_chars: '不能包含控制字符',
    positive_integer: '必须为不小于 1 的整数',
    rate: '0 到 1 之间的比例（如 0.05 表示 5%）',
    password_length: '至少 10 个字符',
    password_too_long: '最多 72 字节（72 个字母或数字，或 24 个汉字）',
    password_weak: '太容易被猜到：请多加几个词，或混合不相关的词、数字和符号',
    password_contains_email: '不能包含您的邮箱地址或其用户名部分',
    password_wrong: '当前密码错误',
    password_unchanged: '新密码不能与当前密码相同',
    choose_organization: '请选择您的公司',
    email: '邮箱地址无效',
    code_format: '只能包含字母、数字、点、横线和下划线',
    version_required: '缺少记录版本号（请刷新后重试）',
    date: '日期无效',
    promo_floor_above_control: '促销底价不能高于控价',
    end_before_start: '结束时间必须晚于开始时间',
    boolean: '必须为是或否',
    time_zone: '请选择时区，例如 Asia/Shanghai（北京时间）',
    locale: '请选择英文（en）或简体中文（zh）',
    correction_reason_required: '更正必须填写原因',
    correction_not_past: '更正针对过去的时段：开始时间必须在过去',
    correction_target: '不是该 SKU 在该渠道上已批准的价格',
    self_decision_note: '审批自己的申请时必须填写备注',
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
