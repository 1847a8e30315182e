import { z } from 'zod';
import {
  CHANNEL_PLATFORMS, CHANNEL_SCOPES, CHANNEL_TYPES, LOCALES, ROLES, RX_CLASSES, SKU_STATUSES,
  STORAGE_CONDITIONS,
} from './enums';
import { Code, Gtin13, Id, Money, OptionalText, PositiveInteger, Rate, RequiredText } from './fields';
import { isValidDrugApprovalNumber } from './identifiers';
import { msg } from './validation-messages';
import { passwordProblem } from './password-policy';
import { CHANNEL_AUDIENCES } from './promotions';
import { OPERATED_BY } from './compliance';

export const Product = z
  .object({
    generic_name: RequiredText(100),
    brand_name: OptionalText(100),
    dosage_form: RequiredText(40),
    strength: RequiredText(60),
    approval_number: OptionalText(40),
    rx_class: z.enum(RX_CLASSES),
    storage: z.enum(STORAGE_CONDITIONS).default('ambient'),
    manufacturer: RequiredText(100),
    category: OptionalText(60),
    vbp_price: Money.nullish().transform((v) => v ?? null),
    parity_tolerance: Rate.nullish().transform((v) => v ?? null),
  })
  .superRefine((p, ctx) => {
    if (p.rx_class === 'non_drug') return;
    if (!p.approval_number) {
      ctx.addIssue({ code: 'custom', path: ['approval_number'], message: msg('approval_number_required') });
    } else if (!isValidDrugApprovalNumber(p.approval_number)) {
      ctx.addIssue({ code: 'custom', path: ['approval_number'], message: msg('approval_number') });
    }
  });
export type Product = z.infer<typeof Product>;

export const Sku = z.object({
  product_id: Id,
  code: Code,
  name: RequiredText(120),
  pack_desc: RequiredText(60),
  units_per_pack: PositiveInteger,
  unit: RequiredText(10),
  gtin: Gtin13.nullish().or(z.literal('')).transform((v) => v || null),
  channel_scope: z.enum(CHANNEL_SCOPES),
  guide_price: Money,
  status: z.enum(SKU_STATUSES).default('active'),
});
export type Sku = z.infer<typeof Sku>;

export const Channel = z.object({
  name: RequiredText(80),
  code: Code,
  type: z.enum(CHANNEL_TYPES),
  platform: z.enum(CHANNEL_PLATFORMS),
  region: OptionalText(60),
  commission_rate: Rate.default(0),
  active: z.boolean().default(true),
  /** The sales user responsible for the channel (plans, "my channels first"). */
  owner_user_id: Id.nullish().transform((v) => v ?? null),
  /** Who buys there: consumers (b2c: no Rx promotions) or businesses (b2b); left out, the platform decides. */
  audience: z.enum(CHANNEL_AUDIENCES).nullish().transform((v) => v ?? null),
  /** Who sets the prices there: the company (policy binds) or an independent partner (intelligence only); left out, the platform decides. */
  operated_by: z.enum(OPERATED_BY).nullish().transform((v) => v ?? null),
});
export type Channel = z.infer<typeof Channel>;

/** Emails are trimmed and lower-cased everywhere they enter (login, user forms, lookups). */
export const Email = z.string({ error: msg('email') }).trim().toLowerCase().pipe(z.email({ error: msg('email') }).max(200, msg('email')));

/**
 * A new password: 10+ characters, at most 72 UTF-8 bytes, zxcvbn score ≥ 3 (see
 * shared/password-policy.ts). Whether it contains the email is checked where the email is known.
 */
export const Password = z.string({ error: msg('password_length') }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: 'custom', message: msg(problem) });
});

/** An empty password on an update means "keep the current one". */
const OptionalPassword = z.union([z.literal('').transform(() => undefined), Password]).optional();

function passwordWithoutEmail(user: { email: string; password?: string }, ctx: z.RefinementCtx) {
  if (typeof user.password !== 'string' || passwordProblem(user.password)) return; // already reported on the field
  const problem = passwordProblem(user.password, user.email);
  if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: msg(problem) });
}

const UserFields = {
  email: Email,
  name: RequiredText(80),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES).default('zh'),
  active: z.boolean().default(true),
};
export const UserCreate = z.object({ ...UserFields, password: Password }).superRefine(passwordWithoutEmail);
export type UserCreate = z.infer<typeof UserCreate>;
export const UserUpdate = z.object({ ...UserFields, password: OptionalPassword }).superRefine(passwordWithoutEmail);
export type UserUpdate = z.infer<typeof UserUpdate>;

/** Bulk edit from the SKU list: the same status and/or channel scope for up to 1,000 SKUs, all or none. */
export const SkuBulkUpdate = z.object({
  ids: z.array(Id, { error: msg('required') }).min(1, msg('required')).max(1000, msg('too_long')),
  changes: z
    .object({
      status: z.enum(SKU_STATUSES).optional(),
      channel_scope: z.enum(CHANNEL_SCOPES).optional(),
    }, { error: msg('required') })
    .refine((c) => c.status !== undefined || c.channel_scope !== undefined, msg('required')),
});
export type SkuBulkUpdate = z.infer<typeof SkuBulkUpdate>;

/** The language a user chose for the console; applied at their next login too. */
export const LocaleChoice = z.object({ locale: z.enum(LOCALES, { error: msg('locale') }) });

export const LoginRequest = z.object({
  email: Email,
  // Not the new-password rules (old and demo passwords still log in); > 72 bytes never matches.
  password: z.string({ error: msg('required') }).min(1, msg('required')).max(1000, msg('password_too_long')),
  /** Asked for only when the email and password match accounts in more than one company. */
  organization: Id.optional(),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const ChangePasswordRequest = z.object({
  current_password: z.string({ error: msg('required') }).min(1, msg('required')).max(1000, msg('password_wrong')),
  new_password: Password,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

/** The change-password body for the signed-in user: the new password must not contain their email nor equal the current one. */
export const changePasswordRequest = (email: string) =>
  ChangePasswordRequest.superRefine((body, ctx) => {
    if (typeof body.new_password !== 'string' || passwordProblem(body.new_password)) return;
    const problem = passwordProblem(body.new_password, email) ?? (body.new_password === body.current_password ? 'password_unchanged' : undefined);
    if (problem) ctx.addIssue({ code: 'custom', path: ['new_password'], message: msg(problem) });
  });
