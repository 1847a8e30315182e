import type { ChipProps } from '@mui/material';
import { LOCALES, ROLES } from '../../../shared/enums';
import { choices } from '../common/choices';

export const roleChoices = choices('users', 'role', ROLES);
export const localeChoices = choices('users', 'locale', LOCALES);
export const roleColors: Record<string, ChipProps['color']> = {
  admin: 'error',
  manager: 'warning',
  sales: 'primary',
  promotion: 'info',
};
