import { Alert, Box, Divider, LinearProgress, Skeleton, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useGetList, useGetMany, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { useIntlLocale } from '../common/useIntlLocale';
import { PROMOTION_CALENDAR_PATH, promotionShowPath } from '../promotionCalendar/calendarPath';
import { PromotionTypeChip } from '../promotionCalendar/PromotionTypeChip';
import { formatPeriod, relativeText, stockOf } from '../promotionCalendar/timing';
import type { CalendarChannel, CalendarPromotion } from '../promotionCalendar/types';
import { Panel } from './Panel';

const SHOWN = 5;
const UPCOMING_DAYS = 14;

const Entry = ({ p, channels, now }: { p: CalendarPromotion; channels: Map<number, string>; now: number }) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const timeZone = useCompanyTimeZone();
  const running = p.state === 'running';
  const when = relativeText(Date.parse(running ? p.end_at : p.start_at), now, locale);
  const stock = p.type === 'flash_sale' ? stockOf(p.items) : null;
  const names = p.channel_ids.map((id) => channels.get(id)).filter(Boolean) as string[];
  const shownNames = names.slice(0, 3).join(locale.startsWith('zh') ? '、' : ', ') + (names.length > 3 ? ` +${names.length - 3}` : '');
  return (
    <Box component={Link} to={promotionShowPath(p.id)} data-testid={`dashboard-promotion-${p.id}`}
      sx={{ display: 'flex', gap: 1.5, alignItems: 'center', px: 1, py: 0.75, mx: -1, borderRadius: 1, color: 'inherit', textDecoration: 'none', '&:hover, &:focus-visible': { bgcolor: 'action.hover' } }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ minWidth: 0 }}>
          <PromotionTypeChip type={p.type} />
          <Typography variant="body2" noWrap sx={{ fontWeight: 600 }}>{p.name}</Typography>
        </Stack>
        <Typography variant="caption" color="text.secondary" noWrap component="div" sx={{ mt: 0.25 }}>
          {formatPeriod(p.start_at, p.end_at, timeZone, locale, { year: false })} · {shownNames || '—'}
        </Typography>
      </Box>
      <Box sx={{ width: 132, flexShrink: 0, textAlign: 'right' }}>
        <Typography variant="body2" sx={{ color: running ? 'success.dark' : 'text.primary', fontWeight: 500 }}>
          {translate(`rx.dashboard.promotions.${running ? 'ends' : 'starts'}`, { when })}
        </Typography>
        {stock && (
          <Stack direction="row" spacing={0.75} alignItems="center" justifyContent="flex-end">
            <LinearProgress variant="determinate" value={Math.min(100, (stock.sold / stock.limit) * 100)} sx={{ width: 44, height: 5, borderRadius: 3 }} />
            <Typography variant="caption" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {translate('rx.dashboard.promotions.sold', { sold: stock.sold.toLocaleString(locale), limit: stock.limit.toLocaleString(locale) })}
            </Typography>
          </Stack>
        )}
      </Box>
    </Box>
  );
};

const Column = ({ title, list, channels, now, empty, testId }: {
  title: string; list: ReturnType<typeof useGetList<CalendarPromotion>>; channels: Map<number, string>; now: number; empty: string; testId: string;
}) => {
  const translate = useTranslate();
  const rows = (list.data ?? []).slice(0, SHOWN);
  const more = (list.total ?? 0) - rows.length;
  return (
    // Its long one-line names never widen the page: its width comes from the card, not from its text.
    <Box sx={{ flex: 1, minWidth: 0, contain: 'inline-size' }} data-testid={testId}>
      <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 2 }}>{title}{list.total ? ` · ${list.total}` : ''}</Typography>
      {list.isPending && <Skeleton variant="rectangular" height={72} />}
      {list.error && <Alert severity="error">{(list.error as Error).message}</Alert>}
      {!list.isPending && !list.error && rows.length === 0 && <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>{empty}</Typography>}
      {rows.map((p) => <Entry key={p.id} p={p} channels={channels} now={now} />)}
      {more > 0 && (
        <Typography component={Link} to={PROMOTION_CALENDAR_PATH} variant="body2" sx={{ display: 'block', mt: 0.5 }}>
          {translate('rx.dashboard.promotions.more', { smart_count: more })}
        </Typography>
      )}
    </Box>
  );
};

const Body = () => {
  const translate = useTranslate();
  const [now] = useState(() => Date.now());
  const running = useGetList<CalendarPromotion>('promotions', { pagination: { page: 1, perPage: SHOWN }, sort: { field: 'end_at', order: 'ASC' }, filter: { state: 'running' } });
  const upcoming = useGetList<CalendarPromotion>('promotions', {
    pagination: { page: 1, perPage: SHOWN }, sort: { field: 'start_at', order: 'ASC' },
    filter: { state: 'scheduled', start_at_lte: new Date(now + UPCOMING_DAYS * 86_400_000).toISOString() },
  });
  const ids = [...new Set([...(running.data ?? []), ...(upcoming.data ?? [])].flatMap((p) => p.channel_ids))];
  const { data: channels = [] } = useGetMany<CalendarChannel>('channels', { ids }, { enabled: ids.length > 0 });
  const names = new Map(channels.map((c) => [c.id, c.name]));
  const t = (key: string) => translate(`rx.dashboard.promotions.${key}`);
  return (
    <Box sx={{ mb: 2 }}>
      <Panel title={t('title')} to={PROMOTION_CALENDAR_PATH} linkText={t('open_calendar')} testId="dashboard-promotions">
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} divider={<Divider orientation="vertical" flexItem />}>
          <Column title={t('running')} list={running} channels={names} now={now} empty={t('none_running')} testId="dashboard-promotions-running" />
          <Column title={t('upcoming')} list={upcoming} channels={names} now={now} empty={t('none_upcoming')} testId="dashboard-promotions-upcoming" />
        </Stack>
      </Panel>
    </Box>
  );
};

/**
 * Promotions running now and those starting in the next 14 days, each opening its page; the
 * header opens the campaign calendar. Not shown to a role that may not list promotions.
 */
export const PromotionsCard = () => {
  const { canAccess, isPending } = useCanAccess({ resource: 'promotions', action: 'list' });
  return !isPending && canAccess ? <Body /> : null;
};
