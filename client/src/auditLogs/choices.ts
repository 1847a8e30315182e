import type { ChipProps } from '@mui/material';
import { AUDIT_ACTIONS } from '../../../shared/enums';
import { choices } from '../common/choices';

export const AUDITED_RESOURCES = ['products', 'skus', 'channels', 'users', 'price-policies', 'channel-prices', 'orders', 'sales-plans', 'promotions', 'settings'];

export const actionChoices = choices('audit-logs', 'action', AUDIT_ACTIONS);
export const resourceChoices = AUDITED_RESOURCES.map((id) => ({ id, name: `rx.audit.resources.${id}` }));
export const actionColors: Record<string, ChipProps['color']> = { create: 'success', update: 'info', delete: 'error' };
