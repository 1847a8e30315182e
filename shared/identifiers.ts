/** GTIN-13 / EAN-13: 12 data digits and a mod-10 check digit (weights 1,3 from the left). */
export function gtin13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function isValidGtin13(code: string): boolean {
  return /^\d{13}$/.test(code) && gtin13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}

/**
 * A GTIN as stored and matched: the GTIN-14 of a single unit (a 0 before its GTIN-13, as platforms,
 * marketplace exports and logistics labels often write it) is the same item's GTIN-13.
 */
export function gtinKey(code: string): string {
  const trimmed = code.trim();
  return /^0\d{13}$/.test(trimmed) ? trimmed.slice(1) : trimmed;
}

/** Domestic drug approval number: 国药准字 + category letter + 8 digits. */
export const DOMESTIC_APPROVAL_NUMBER = /^国药准字[A-Z]\d{8}$/;
/** Imported drug registration numbers (进口药品注册证号 / 医药产品注册证号), e.g. H20150001, HC20150001. */
export const IMPORT_REGISTRATION_NUMBER = /^[HZSB]C?\d{8}$/;

export function isValidDrugApprovalNumber(value: string): boolean {
  return DOMESTIC_APPROVAL_NUMBER.test(value) || IMPORT_REGISTRATION_NUMBER.test(value);
}
