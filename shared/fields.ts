import { z } from 'zod';
import { hasAtMostTwoDecimals } from './money';
import { isValidGtin13 } from './identifiers';
import { msg } from './validation-messages';

/** Yuan amount: ≥ 0, at most two decimals. */
export const Money = z.number({ error: msg('money') }).min(0, msg('money')).refine(hasAtMostTwoDecimals, msg('money'));

export const PositiveInteger = z.number({ error: msg('positive_integer') }).int(msg('positive_integer')).min(1, msg('positive_integer'));

export const Rate = z.number({ error: msg('rate') }).min(0, msg('rate')).max(1, msg('rate'));

/** "Required" only when the value is missing; other problems (too long) keep their own message. */
const requiredString = () => z.string({ error: (issue) => (issue.input == null ? msg('required') : undefined) });

export const RequiredText = (max: number) => requiredString().trim().min(1, msg('required')).max(max);

export const OptionalText = (max: number) =>
  z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const Code = requiredString()
  .trim()
  .min(1, msg('required'))
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/, msg('code_format'));

export const Gtin13 = z
  .string()
  .trim()
  .regex(/^\d{13}$/, msg('gtin_format'))
  .refine(isValidGtin13, msg('gtin_check_digit'));

export const Version = z.number({ error: msg('version_required') }).int().min(1);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An instant as an ISO string in UTC. A bare date means midnight in Asia/Shanghai, where the
 * business day is counted (UTC+8, no daylight saving).
 */
export const Instant = z
  .string({ error: msg('date') })
  .trim()
  .refine((v) => !Number.isNaN(Date.parse(DATE_ONLY.test(v) ? `${v}T00:00:00+08:00` : v)), msg('date'))
  .transform((v) => new Date(DATE_ONLY.test(v) ? `${v}T00:00:00+08:00` : v).toISOString());
