import type { ChipProps } from '@mui/material';
import { CHANNEL_PLATFORMS, CHANNEL_TYPES } from '../../../shared/enums';
import { CHANNEL_AUDIENCES } from '../../../shared/promotions';
import { OPERATED_BY } from '../../../shared/compliance';
import { choices } from '../common/choices';

export const typeChoices = choices('channels', 'type', CHANNEL_TYPES);
export const platformChoices = choices('channels', 'platform', CHANNEL_PLATFORMS);
export const typeColors: Record<string, ChipProps['color']> = { online: 'info', offline: 'secondary' };
export const audienceChoices = choices('channels', 'audience', CHANNEL_AUDIENCES);
export const audienceColors: Record<string, ChipProps['color']> = { b2c: 'default', b2b: 'primary' };
export const operatedByChoices = choices('channels', 'operated_by', OPERATED_BY);
export const operatedByColors: Record<string, ChipProps['color']> = { company: 'primary', partner: 'default' };
