import type { Theme } from '@mui/material';
import type { SystemStyleObject } from '@mui/system';
import type { PromotionState, PromotionType } from '../../../shared/promotions';

/** One hue per type (none of them red: red marks conflicts), in a strong, a light and a dark shade. */
export const TYPE_COLORS: Record<PromotionType, { main: string; light: string; dark: string }> = {
  flash_sale: { main: '#7b1fa2', light: '#ecdcf3', dark: '#4a126b' },
  group_buy: { main: '#e65100', light: '#ffe3cc', dark: '#8f3200' },
  limited_discount: { main: '#1565c0', light: '#d6e6f8', dark: '#0d3c74' },
  volume_tier: { main: '#2e7d32', light: '#d9eedb', dark: '#1b4d1f' },
};

export const CONFLICT_COLOR = '#d32f2f';
export const TODAY_COLOR = '#d81b60';
/** Rejected and cancelled promotions are hidden unless asked for. */
export const CLOSED_STATES: readonly PromotionState[] = ['rejected', 'cancelled'];

/**
 * How a bar looks in each state: a draft dashed, a pending one striped, a scheduled one light, a
 * running one solid and strong, an ended one grey with its type's edge, closed ones faint and struck out.
 */
export function stateStyle(type: PromotionType, state: PromotionState): SystemStyleObject<Theme> {
  const c = TYPE_COLORS[type] ?? TYPE_COLORS.limited_discount;
  switch (state) {
    case 'draft':
      return { bgcolor: '#fff', border: `1.5px dashed ${c.main}`, color: c.dark };
    case 'pending':
      return { background: `repeating-linear-gradient(135deg, ${c.light} 0 5px, #fff 5px 10px)`, border: `1.5px solid ${c.main}`, color: c.dark };
    case 'scheduled':
      return { bgcolor: c.light, border: `1px solid ${c.main}`, color: c.dark };
    case 'running':
      return { bgcolor: c.main, border: `1px solid ${c.dark}`, color: '#fff', fontWeight: 600 };
    case 'ended':
      return { bgcolor: '#eceff1', border: '1px solid #cfd8dc', borderLeft: `4px solid ${c.main}`, color: '#607d8b' };
    default:
      return { bgcolor: '#fafafa', border: '1px dotted #9e9e9e', color: '#9e9e9e', textDecoration: 'line-through' };
  }
}
