import { PROMOTION_TYPES, type PromotionType } from '../../../shared/promotions';
import { addDays } from '../sales/calendar';
import { mondayOf } from './weeks';

export const PROMOTION_CALENDAR_PATH = '/promotion-calendar';
/** A promotion's show page (the promotions resource). */
export const promotionShowPath = (id: number) => `/promotions/${id}/show`;
export const WEEK_CHOICES = [8, 10, 12] as const;
const DEFAULT_WEEKS = 10;
/** Weeks before the current one shown by default (and by "today"), so what just ended stays in sight. */
export const WEEKS_BEFORE_TODAY = 2;
/** Weeks moved by the previous and next buttons: about a month, keeping some of the current view. */
export const STEP_WEEKS = 4;

/** What the calendar shows; kept in the address so a view can be bookmarked and shared. */
export interface CalendarView {
  /** Monday of the first week shown. */
  from: string;
  weeks: number;
  /** Types shown; empty for all. */
  types: PromotionType[];
  /** Channel rows shown; empty for all. */
  channels: number[];
  /** Rejected and cancelled promotions shown too. */
  closed: boolean;
}

export const defaultFrom = (today: string) => mondayOf(addDays(today, -7 * WEEKS_BEFORE_TODAY));

const isDay = (text: string | null): text is string => !!text && /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
const list = (text: string | null) => (text ?? '').split(',').filter(Boolean);

/** The view read back from the address; anything missing or malformed falls back to the default. */
export function viewFromSearch(search: URLSearchParams, today: string): CalendarView {
  const from = search.get('from');
  const weeks = Number(search.get('weeks'));
  return {
    from: isDay(from) ? mondayOf(from) : defaultFrom(today),
    weeks: (WEEK_CHOICES as readonly number[]).includes(weeks) ? weeks : DEFAULT_WEEKS,
    types: list(search.get('types')).filter((t): t is PromotionType => (PROMOTION_TYPES as readonly string[]).includes(t)),
    channels: list(search.get('channels')).map(Number).filter((n) => Number.isInteger(n) && n > 0),
    closed: search.get('closed') === '1',
  };
}

/** The address parameters of a view (defaults left out, so a plain link opens around today). */
export function searchOfView(view: CalendarView, today: string): URLSearchParams {
  const params = new URLSearchParams();
  if (view.from !== defaultFrom(today)) params.set('from', view.from);
  if (view.weeks !== DEFAULT_WEEKS) params.set('weeks', String(view.weeks));
  if (view.types.length) params.set('types', view.types.join(','));
  if (view.channels.length) params.set('channels', view.channels.join(','));
  if (view.closed) params.set('closed', '1');
  return params;
}
