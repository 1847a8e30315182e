import CalendarIcon from '@mui/icons-material/CalendarMonthOutlined';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { PROMOTION_CALENDAR_PATH } from './calendarPath';

/** Menu entry for the campaign calendar, for roles that may list promotions. */
export const PromotionCalendarMenuItem = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'promotions', action: 'list' });
  if (!canAccess) return null;
  return <Menu.Item to={PROMOTION_CALENDAR_PATH} primaryText={translate('rx.promotionCalendar.menu')} leftIcon={<CalendarIcon />} />;
};
