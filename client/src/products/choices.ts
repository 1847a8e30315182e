import type { ChipProps } from '@mui/material';
import { RX_CLASSES, STORAGE_CONDITIONS } from '../../../shared/enums';
import { choices } from '../common/choices';

export const rxClassChoices = choices('products', 'rx_class', RX_CLASSES);
export const storageChoices = choices('products', 'storage', STORAGE_CONDITIONS);

/** Red for Rx and OTC-A (red OTC label in China), green for OTC-B (green label). */
export const rxClassColors: Record<string, ChipProps['color']> = {
  rx: 'error',
  otc_a: 'warning',
  otc_b: 'success',
  non_drug: 'default',
};
