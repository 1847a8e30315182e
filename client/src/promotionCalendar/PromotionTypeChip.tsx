import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PromotionType } from '../../../shared/promotions';
import { TYPE_COLORS } from './barStyle';

/** A promotion's type as a small label in the type's colours (as on the calendar). */
export const PromotionTypeChip = ({ type }: { type: PromotionType }) => {
  const translate = useTranslate();
  const c = TYPE_COLORS[type] ?? TYPE_COLORS.limited_discount;
  return (
    <Box component="span" data-testid="promotion-type-chip"
      sx={{ display: 'inline-block', flexShrink: 0, fontSize: 11, fontWeight: 600, lineHeight: '18px', px: 0.75, borderRadius: 1, color: c.dark, bgcolor: c.light, border: `1px solid ${c.main}`, whiteSpace: 'nowrap' }}>
      {translate(`rx.promotionCalendar.types.${type}`, { _: type })}
    </Box>
  );
};
