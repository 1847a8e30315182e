import type { ChipProps } from '@mui/material';
import { CHANNEL_SCOPES, SKU_STATUSES } from '../../../shared/enums';
import { choices } from '../common/choices';

export const scopeChoices = choices('skus', 'channel_scope', CHANNEL_SCOPES);
export const statusChoices = choices('skus', 'status', SKU_STATUSES);

export const scopeColors: Record<string, ChipProps['color']> = { online: 'info', offline: 'secondary', all: 'primary' };
export const statusColors: Record<string, ChipProps['color']> = { active: 'success', inactive: 'default' };
