import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { Title, useCanAccess, useGetList, useTranslate } from 'react-admin';
import { Link, useSearchParams } from 'react-router-dom';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { useIntlLocale } from '../common/useIntlLocale';
import { todayIn } from '../sales/calendar';
import { CLOSED_STATES } from './barStyle';
import { CalendarGrid } from './CalendarGrid';
import { CalendarLegend } from './CalendarLegend';
import { barCount, layoutCalendar } from './calendarLayout';
import { defaultFrom, searchOfView, viewFromSearch, type CalendarView } from './calendarPath';
import { CalendarToolbar } from './CalendarToolbar';
import { ConflictSummary } from './ConflictSummary';
import { positionOf } from './geometry';
import { labelPx } from './labelWidth';
import type { CalendarChannel, CalendarPromotion } from './types';
import { weekColumns } from './weeks';

const PAGE = 1000;
/** A two-hour flash sale is still a bar one can see and click. */
const MIN_BAR_PX = 8;
const ALL = { pagination: { page: 1, perPage: PAGE } };

/** Re-renders every minute, so the "now" line and the derived states follow the clock. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The campaign calendar: channels as rows, ISO weeks (company time zone) as columns, each promotion
 * a bar on every channel it covers, coloured by type, styled by state, conflicts in red. The view
 * (weeks, filters) lives in the address, so it can be bookmarked and shared.
 */
export default function PromotionCalendarPage() {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.promotionCalendar.${key}`, options);
  const timeZone = useCompanyTimeZone();
  const locale = useIntlLocale();
  const now = useNow();
  const today = todayIn(timeZone, new Date(now));
  const [search, setSearch] = useSearchParams();
  const view = viewFromSearch(search, today);
  const update = (patch: Partial<CalendarView>) => setSearch(searchOfView({ ...view, ...patch }, today), { replace: true });

  const [trackPx, setTrackPx] = useState(800);
  const weeks = useMemo(() => weekColumns(view.from, view.weeks, timeZone), [view.from, view.weeks, timeZone]);
  const range = useMemo(() => ({ startDay: weeks[0].start, endDay: weeks[weeks.length - 1].end }), [weeks]);
  const promotions = useGetList<CalendarPromotion>('promotions', {
    ...ALL,
    sort: { field: 'start_at', order: 'ASC' },
    filter: { start_at_lte: new Date(weeks[weeks.length - 1].endMs).toISOString(), end_at_gte: new Date(weeks[0].startMs).toISOString() },
  }, { placeholderData: (previous) => previous });
  const channels = useGetList<CalendarChannel>('channels', { ...ALL, sort: { field: 'id', order: 'ASC' } }, { staleTime: 60_000 });

  const all = useMemo(() => promotions.data ?? [], [promotions.data]);
  const { types, closed } = view;
  const groups = useMemo(() => layoutCalendar({
    channels: channels.data ?? [],
    promotions: all,
    shown: (p) => (!types.length || types.includes(p.type)) && (closed || !CLOSED_STATES.includes(p.state)),
    channelIds: view.channels,
    range,
    timeZone,
    trackPx,
    minBarPx: MIN_BAR_PX,
    labelPx: (p, conflict) => labelPx(p.name, conflict),
  }), [channels.data, all, types, closed, view.channels, range, timeZone, trackPx]);
  const names = useMemo(() => new Map(all.map((p) => [p.id, p.name])), [all]);
  const shownCount = barCount(groups);
  const { canAccess: canCreate } = useCanAccess({ resource: 'promotions', action: 'create' });
  const filtered = types.length > 0 || view.channels.length > 0;
  const loading = promotions.isPending || channels.isPending;
  const error = promotions.error ?? channels.error;

  return (
    <Box sx={{ p: 2 }} data-testid="promotion-calendar">
      <Title title={t('title')} />
      <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>{t('intro')}</Typography>
        {canCreate && <Button component={Link} to="/promotions/create" variant="contained" startIcon={<AddIcon />} sx={{ flexShrink: 0 }}>{t('create')}</Button>}
      </Stack>
      <CalendarToolbar view={view} update={update} weeks={weeks} today={today} channels={channels.data ?? []} timeZone={timeZone} locale={locale} />
      <CalendarLegend view={view} update={update} />
      <Box sx={{ height: 4, mb: 1 }}>{(promotions.isFetching || channels.isFetching) && <LinearProgress />}</Box>
      {error && <Alert severity="error" sx={{ mb: 1.5 }}>{(error as Error).message}</Alert>}
      {!!promotions.total && promotions.total > all.length && (
        <Alert severity="warning" sx={{ mb: 1.5 }}>{t('truncated', { shown: all.length, total: promotions.total })}</Alert>
      )}
      {!loading && !error && shownCount === 0 && (channels.data?.length ?? 0) > 0 && (
        <Alert severity="info" sx={{ mb: 1.5 }} data-testid="calendar-empty"
          action={filtered
            ? <Button color="inherit" size="small" onClick={() => update({ types: [], channels: [] })}>{t('clear_filters')}</Button>
            : view.from !== defaultFrom(today) && <Button color="inherit" size="small" onClick={() => update({ from: defaultFrom(today) })}>{t('back_to_today')}</Button>}>
          {t(filtered ? 'empty_filtered' : 'empty')}
        </Alert>
      )}
      <ConflictSummary groups={groups} names={names} />
      {!loading && channels.data?.length === 0 && <Alert severity="info">{t('no_channels')}</Alert>}
      {(channels.data?.length ?? 0) > 0 && (
        <CalendarGrid groups={groups} weeks={weeks} now={positionOf(now, range, timeZone)} today={today} names={names} timeZone={timeZone} locale={locale} onTrackWidth={setTrackPx} />
      )}
    </Box>
  );
}
