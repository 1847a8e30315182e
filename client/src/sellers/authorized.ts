/** A seller's authorisation as the three states people speak of; `null` on the wire is "not reviewed yet". */
export const AUTHORIZED_CHOICES = ['authorized', 'unauthorized', 'unreviewed'] as const;
export type AuthorizedChoice = (typeof AUTHORIZED_CHOICES)[number];

/** true → authorised, false → unauthorised, null (or missing) → unreviewed; the list filter's text reads the same way. */
export function authorizedChoice(value: boolean | null | undefined | string): AuthorizedChoice {
  if (value === true || value === 'authorized' || value === 'true') return 'authorized';
  if (value === false || value === 'unauthorized' || value === 'false') return 'unauthorized';
  return 'unreviewed';
}

/** The form's choice back to the record's value. */
export function authorizedValue(choice: string | null | undefined): boolean | null {
  if (choice === 'authorized') return true;
  if (choice === 'unauthorized') return false;
  return null;
}

/** The list filter the API reads, as text: `"true"`, `"false"` or `"unreviewed"`; undefined for "any". */
export function authorizedFilter(choice: string | null | undefined): 'true' | 'false' | 'unreviewed' | undefined {
  if (choice === 'authorized') return 'true';
  if (choice === 'unauthorized') return 'false';
  return choice === 'unreviewed' ? 'unreviewed' : undefined;
}
