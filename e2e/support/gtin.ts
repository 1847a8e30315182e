/**
 * GTIN-13 check digit, written here independently of shared/identifiers.ts so the browser test
 * does not trust the code it checks: weights 1 and 3 alternate from the left over 12 digits.
 */
export function gtin13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error(`Need 12 digits, got "${first12}"`);
  const sum = [...first12].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10;
}

/** A valid GTIN-13 and the same code with a wrong check digit, from a prefix unlikely to hit demo data. */
export function gtinPair(seed: number): { valid: string; wrong: string } {
  const base = `6909999${String(seed % 100_000).padStart(5, '0')}`;
  const check = gtin13CheckDigit(base);
  return { valid: `${base}${check}`, wrong: `${base}${(check + 1) % 10}` };
}
