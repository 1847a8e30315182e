import type { ChipProps } from '@mui/material';
import { PROMOTION_STATES, PROMOTION_TYPES, ROUNDINGS, type PromotionState } from '../../../shared/promotions';
import { choices } from '../common/choices';

export const typeChoices = choices('promotions', 'type', PROMOTION_TYPES);
export const stateChoices = choices('promotions', 'state', PROMOTION_STATES);
export const roundingChoices = choices('promotions', 'rounding', ROUNDINGS);
export const everyChoices = choices('promotions', 'every', ['daily', 'weekly']);
/** ISO weekdays, 1 Monday … 7 Sunday. */
export const weekdayChoices = [1, 2, 3, 4, 5, 6, 7].map((id) => ({ id, name: `resources.promotions.choices.weekday.${id}` }));

export const stateColors: Record<string, ChipProps['color']> = {
  draft: 'default', pending: 'warning', scheduled: 'info', running: 'success', ended: 'default', rejected: 'error', cancelled: 'default',
};

/** States after which nothing changes any more: read-only, to be duplicated instead. */
export const FINAL_STATES: readonly PromotionState[] = ['ended', 'rejected', 'cancelled'];
export const isFinal = (state: string) => (FINAL_STATES as readonly string[]).includes(state);
/** States a promotion can still be cancelled in (the server's rule). */
export const isCancellable = (state: string) => ['pending', 'scheduled', 'running'].includes(state);
