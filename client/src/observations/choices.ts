import type { ChipProps } from '@mui/material';
import { OBSERVATION_SOURCES, VIOLATION_KINDS, type ViolationKind } from '../../../shared/compliance';
import { choices } from '../common/choices';

export const sourceChoices = choices('price-observations', 'source', OBSERVATION_SOURCES);
export const breachChoices = choices('price-observations', 'breaches', VIOLATION_KINDS);

/** The company's own errors in red; what concerns a partner (intelligence, an unauthorised store) in amber. */
export const breachColors: Record<ViolationKind, ChipProps['color']> = {
  own_channel_below_control: 'error',
  below_promo_floor: 'error',
  parity: 'error',
  partner_below_control: 'warning',
  unauthorized_seller: 'warning',
};

export const skuText = (sku: { code: string; name: string }) => `${sku.code} · ${sku.name}`;
