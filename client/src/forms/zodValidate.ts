import type { z } from 'zod';
import { VALIDATION_KEY_PREFIX } from '../../../shared/validation-messages';

type Issue = z.core.$ZodIssue;
/** What react-admin's form-level `validate` may return per field: a message key, or one with args. */
export type FieldError = string | { message: string; args: Record<string, unknown> };

const REQUIRED = 'ra.validation.required';

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function valueAt(values: Record<string, unknown>, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], values);
}

/** Our own messages are i18n keys (rx.validation.*); zod's built-in ones become react-admin's keys. */
function messageFor(issue: Issue, value: unknown): FieldError {
  const own = issue.message.startsWith(VALIDATION_KEY_PREFIX) ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(value) ? REQUIRED : (own ?? 'ra.validation.number');
    case 'too_big':
      if (issue.origin === 'string') return { message: 'ra.validation.maxLength', args: { max: issue.maximum } };
      return own && own !== VALIDATION_KEY_PREFIX + 'required' ? own : { message: 'ra.validation.maxValue', args: { max: issue.maximum } };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? REQUIRED : (own ?? { message: 'ra.validation.minLength', args: { min: issue.minimum } });
      }
      return own ?? { message: 'ra.validation.minValue', args: { min: issue.minimum } };
    case 'invalid_value':
      return isMissing(value) ? REQUIRED : (own ?? { message: 'ra.validation.oneOf', args: { options: issue.values.join(', ') } });
    case 'invalid_format':
      return own ?? (issue.format === 'email' ? 'ra.validation.email' : issue.message);
    default:
      return own ?? issue.message;
  }
}

/**
 * Turns a shared zod schema into a react-admin form-level `validate` function returning
 * `{ field: messageKey }`. It only reports errors: the form keeps its own values (id, version…).
 * Empty inputs arrive as null; they are checked as absent so optional fields stay optional.
 */
export function zodValidate(schema: z.ZodType) {
  return (values: Record<string, unknown>): Record<string, FieldError> => {
    const input = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value ?? undefined]));
    const result = schema.safeParse(input);
    if (result.success) return {};
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.');
      if (!field || errors[field]) continue;
      errors[field] = messageFor(issue, valueAt(values, issue.path));
    }
    return errors;
  };
}
