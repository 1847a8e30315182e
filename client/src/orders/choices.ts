import type { ChipProps } from '@mui/material';
import { CUSTOMER_TYPES, ORDER_FLOWS, ORDER_SOURCES, ORDER_STATUSES } from '../../../shared/sales';
import { PROVINCES } from '../../../shared/provinces';
import { choices } from '../common/choices';

export const statusChoices = choices('orders', 'status', ORDER_STATUSES);
export const flowChoices = choices('orders', 'flow', ORDER_FLOWS);
export const customerTypeChoices = choices('orders', 'customer_type', CUSTOMER_TYPES);
export const sourceChoices = choices('orders', 'source', ORDER_SOURCES);
/** Official names, as orders are stored; the same in both languages. */
export const provinceChoices = PROVINCES.map((p) => ({ id: p, name: p }));
export const statusColors: Record<string, ChipProps['color']> = {
  paid: 'info', shipped: 'primary', completed: 'success', cancelled: 'default', refunded: 'warning',
};
export const flowColors: Record<string, ChipProps['color']> = { sell_in: 'default', sell_out: 'secondary' };
