import { z } from 'zod';
import {
  CHANNEL_PLATFORMS, CHANNEL_SCOPES, CHANNEL_TYPES, LOCALES, ROLES, RX_CLASSES, SKU_STATUSES,
  STORAGE_CONDITIONS,
} from './enums';
import { Code, Gtin13, Money, OptionalText, PositiveInteger, Rate, RequiredText } from './fields';
import { isValidDrugApprovalNumber } from './identifiers';
import { msg } from './validation-messages';

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
  product_id: z.number({ error: msg('required') }).int().positive(),
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
});
export type Channel = z.infer<typeof Channel>;

const Email = z.string({ error: msg('email') }).trim().toLowerCase().pipe(z.email({ error: msg('email') }));
const Password = z.string({ error: msg('password_length') }).min(8, msg('password_length')).max(200);

const UserFields = {
  email: Email,
  name: RequiredText(80),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES).default('zh'),
  active: z.boolean().default(true),
};
export const UserCreate = z.object({ ...UserFields, password: Password });
export type UserCreate = z.infer<typeof UserCreate>;
export const UserUpdate = z.object({ ...UserFields, password: Password.optional().or(z.literal('').transform(() => undefined)) });
export type UserUpdate = z.infer<typeof UserUpdate>;

export const LoginRequest = z.object({
  email: Email,
  password: z.string({ error: msg('required') }).min(1, msg('required')),
});
export type LoginRequest = z.infer<typeof LoginRequest>;
