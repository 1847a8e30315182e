import { lazy } from 'react';

export { PROMOTION_CALENDAR_PATH } from './calendarPath';
export { PromotionCalendarMenuItem } from './PromotionCalendarMenuItem';

/** The campaign calendar, loaded on first visit. */
export const PromotionCalendarPage = lazy(() => import('./PromotionCalendarPage'));
