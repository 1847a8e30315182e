import { z } from 'zod';
import { hasAtMostTwoDecimals } from './money';
import { gtinKey, isValidGtin13 } from './identifiers';
import { parseInstant } from './instants';
import { msg } from './validation-messages';

/**
 * The one strict input layer: every request body and list filter is checked with these before it
 * can reach SQL, so no value is out of range for either database.
 */

export const MAX_INT32 = 2_147_483_647;
/** Prices and targets, in yuan. */
export const MIN_PRICE_YUAN = 0.01;
export const MAX_PRICE_YUAN = 10_000_000;
/** Order amounts, in yuan (returns are negative, gifts 0). */
export const MAX_AMOUNT_YUAN = 10_000_000_000;

/** NUL and other control characters; line breaks and tabs are allowed only in multi-line text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_CHARS_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Half of a surrogate pair on its own: not a character, and PostgreSQL refuses it in JSON. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Control characters (line breaks allowed in multi-line text) or text that is not well-formed Unicode. */
export const hasControlChars = (text: string, multiline = false) => (multiline ? CONTROL_CHARS_EXCEPT_LINES : CONTROL_CHARS).test(text) || LONE_SURROGATE.test(text);

/** Yuan price: 0.01 … 10,000,000, at most two decimals. */
export const Money = z
  .number({ error: msg('money') })
  .min(MIN_PRICE_YUAN, msg('money'))
  .max(MAX_PRICE_YUAN, msg('money'))
  .refine(hasAtMostTwoDecimals, msg('money'));

/** Signed yuan amount for order lines and totals. */
export const Amount = z
  .number({ error: msg('amount') })
  .min(-MAX_AMOUNT_YUAN, msg('amount'))
  .max(MAX_AMOUNT_YUAN, msg('amount'))
  .refine(hasAtMostTwoDecimals, msg('amount'));

export const PositiveInteger = z
  .number({ error: msg('positive_integer') })
  .int(msg('positive_integer'))
  .min(1, msg('positive_integer'))
  .max(MAX_INT32, msg('positive_integer'));

/** A record id in a body: 1 … 2³¹−1. */
export const Id = z.number({ error: msg('id') }).int(msg('id')).min(1, msg('id')).max(MAX_INT32, msg('id'));

export const Rate = z.number({ error: msg('rate') }).min(0, msg('rate')).max(1, msg('rate'));

/** "Required" only when the value is missing; other problems (too long) keep their own message. */
const requiredString = () => z.string({ error: (issue) => (issue.input == null ? msg('required') : undefined) });

const noControl = (multiline: boolean) => (text: string) => !hasControlChars(text, multiline);

export const RequiredText = (max: number) =>
  requiredString().trim().min(1, msg('required')).max(max, msg('too_long')).refine(noControl(false), msg('control_chars'));

export const OptionalText = (max: number, { multiline = false } = {}) =>
  z
    .string({ error: msg('text') })
    .trim()
    .max(max, msg('too_long'))
    .refine(noControl(multiline), msg('control_chars'))
    .nullish()
    .transform((v) => (v ? v : null));

export const Code = requiredString()
  .trim()
  .min(1, msg('required'))
  .max(40, msg('too_long'))
  .regex(/^[A-Za-z0-9._-]+$/, msg('code_format'));

/** A GTIN-13; a unit's GTIN-14 (0 + GTIN-13) is accepted as its GTIN-13. */
export const Gtin13 = z
  .string({ error: msg('gtin_format') })
  .transform(gtinKey)
  .pipe(z.string().regex(/^\d{13}$/, msg('gtin_format')).refine(isValidGtin13, msg('gtin_check_digit')));

export const Version = z.number({ error: msg('version_required') }).int(msg('version_required')).min(1, msg('version_required')).max(MAX_INT32, msg('version_required'));

/**
 * An instant as an ISO string in UTC: ISO 8601 on a real calendar date in 2000–2100. A bare date
 * is the start of that day in the company's time zone, as is a time without an offset.
 */
export const Instant = z
  .string({ error: msg('date') })
  .max(40, msg('date'))
  .transform((v, ctx) => {
    const iso = parseInstant(v);
    if (!iso) {
      ctx.addIssue({ code: 'custom', message: msg('date') });
      return z.NEVER;
    }
    return iso;
  });
