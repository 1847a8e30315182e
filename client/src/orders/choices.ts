import type { ChipProps } from '@mui/material';
import { CUSTOMER_TYPES, ORDER_FLOWS, ORDER_SOURCES, ORDER_STATUSES, STORED_ORDER_STATUSES } from '../../../shared/sales';
import { PROVINCES } from '../../../shared/provinces';
import { choices } from '../common/choices';

/** What an order may be set to by hand; the list also filters by `pending_group` (held by a group buy). */
export const statusChoices = choices('orders', 'status', ORDER_STATUSES);
export const storedStatusChoices = choices('orders', 'status', STORED_ORDER_STATUSES);
export const flowChoices = choices('orders', 'flow', ORDER_FLOWS);
export const customerTypeChoices = choices('orders', 'customer_type', CUSTOMER_TYPES);
export const sourceChoices = choices('orders', 'source', ORDER_SOURCES);
/** Official names, as orders are stored; the same in both languages. */
export const provinceChoices = PROVINCES.map((p) => ({ id: p, name: p }));
export const statusColors: Record<string, ChipProps['color']> = {
  paid: 'info', shipped: 'primary', completed: 'success', cancelled: 'default', refunded: 'warning', pending_group: 'secondary',
};
export const flowColors: Record<string, ChipProps['color']> = { sell_in: 'default', sell_out: 'secondary' };
