import { Box, Card, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useTranslate } from 'react-admin';
import { BAR_HEIGHT, CalendarBar, LANE_GAP } from './CalendarBar';
import { TODAY_COLOR } from './barStyle';
import type { CalendarGroup, CalendarRow } from './calendarLayout';
import { ChannelLabel } from './ChannelLabel';
import { monthBands, monthLabel, weekLabel, type WeekColumn } from './weeks';

const LABEL_WIDTH = { xs: 168, xl: 208 };
const ROW_PADDING = 7;
const MIN_ROW = 46;
const LINE = '#e3e7ea';

interface Props {
  groups: CalendarGroup[];
  weeks: WeekColumn[];
  /** Where now is across the weeks, 0…1 (outside: not drawn). */
  now: number;
  today: string;
  names: Map<number, string>;
  timeZone: string;
  locale: string;
  /** Told the bars' track width in pixels whenever it changes (the layout sizes labels by it). */
  onTrackWidth: (px: number) => void;
}

const pct = (fraction: number) => `${fraction * 100}%`;
const rowHeight = (lanes: number) => Math.max(MIN_ROW, ROW_PADDING * 2 + lanes * BAR_HEIGHT + (lanes - 1) * LANE_GAP);

/** Week lines, weekend shading, day ticks and the "now" line behind the rows' bars. */
const Background = ({ weeks, now }: { weeks: WeekColumn[]; now: number }) => {
  const days = weeks.length * 7;
  return (
    <Box aria-hidden sx={{
      position: 'absolute', top: 0, bottom: 0, left: LABEL_WIDTH, right: 0, pointerEvents: 'none',
      backgroundImage: `linear-gradient(to right, transparent calc(100% - 1px), #f1f3f5 calc(100% - 1px))`, backgroundSize: `${100 / days}% 100%`,
    }}>
      {weeks.map((w, i) => (
        <Box key={w.start}>
          <Box sx={{ position: 'absolute', top: 0, bottom: 0, left: pct((i * 7 + 5) / days), width: pct(2 / days), bgcolor: 'rgba(30,78,121,0.035)' }} />
          <Box sx={{ position: 'absolute', top: 0, bottom: 0, left: pct(i / weeks.length), width: '1px', bgcolor: LINE }} />
        </Box>
      ))}
      {now >= 0 && now <= 1 && <Box data-testid="calendar-now" sx={{ position: 'absolute', top: 0, bottom: 0, left: pct(now), width: '2px', ml: '-1px', bgcolor: TODAY_COLOR, opacity: 0.8 }} />}
    </Box>
  );
};

/** Calls `onWidth` with the element's width, now and after every resize. */
function useWidth(onWidth: (px: number) => void) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(([entry]) => onWidth(Math.round(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [onWidth]);
  return ref;
}

const Header = ({ weeks, now, today, locale, onTrackWidth }: { weeks: WeekColumn[]; now: number; today: string; locale: string; onTrackWidth: (px: number) => void }) => {
  const translate = useTranslate();
  const track = useWidth(onTrackWidth);
  return (
    <Box sx={{ display: 'flex', position: 'sticky', top: 0, zIndex: 4, bgcolor: 'background.paper', borderBottom: `1px solid ${LINE}` }}>
      <Box sx={{ width: LABEL_WIDTH, flexShrink: 0, borderRight: `1px solid ${LINE}` }} />
      <Box ref={track} sx={{ flex: 1, position: 'relative', minWidth: 0 }}>
        <Box sx={{ display: 'flex', borderBottom: `1px solid ${LINE}` }}>
          {monthBands(weeks).map((b) => (
            <Typography key={`${b.year}-${b.month}`} variant="caption" noWrap
              sx={{ width: pct(b.span / weeks.length), px: 1, py: 0.25, fontWeight: 600, color: 'text.secondary', borderLeft: `1px solid ${LINE}`, boxSizing: 'border-box' }}>
              {monthLabel(b, locale)}
            </Typography>
          ))}
        </Box>
        <Box sx={{ display: 'flex' }}>
          {weeks.map((w) => {
            const label = weekLabel(w, locale);
            const current = w.start <= today && today < w.end;
            return (
              <Box key={w.start} data-testid="calendar-week" title={`${label.title} · ${label.dates}`} sx={{ width: pct(1 / weeks.length), px: 0.5, py: 0.5, borderLeft: `1px solid ${LINE}`, boxSizing: 'border-box', minWidth: 0, bgcolor: current ? 'rgba(216,27,96,0.06)' : undefined }}>
                <Typography variant="body2" noWrap sx={{ fontWeight: current ? 700 : 600, fontSize: 13, color: current ? TODAY_COLOR : 'text.primary' }}>{label.title}</Typography>
                <Typography variant="caption" noWrap component="div" color="text.secondary" sx={{ fontSize: 11, letterSpacing: 0 }}>{label.dates}</Typography>
              </Box>
            );
          })}
        </Box>
        {now >= 0 && now <= 1 && (
          <Typography variant="caption" sx={{ position: 'absolute', top: 0, left: pct(now), transform: 'translateX(-50%)', px: 0.5, borderRadius: 1, bgcolor: TODAY_COLOR, color: '#fff', fontSize: 10, lineHeight: '16px' }}>
            {translate('rx.promotionCalendar.now')}
          </Typography>
        )}
      </Box>
    </Box>
  );
};

const Row = ({ row, ...rest }: { row: CalendarRow } & Pick<Props, 'names' | 'timeZone' | 'locale'>) => (
  <Box data-testid={`calendar-row-${row.channel.id}`} sx={{ display: 'flex', borderBottom: `1px solid ${LINE}`, height: rowHeight(row.lanes) }}>
    <ChannelLabel channel={row.channel} width={LABEL_WIDTH} />
    <Box sx={{ flex: 1, position: 'relative', minWidth: 0 }}>
      {row.bars.map((bar) => (
        <CalendarBar key={bar.promotion.id} bar={bar} top={ROW_PADDING + bar.lane * (BAR_HEIGHT + LANE_GAP)} {...rest} />
      ))}
    </Box>
  </Box>
);

/** Channels as rows (online, then offline), ISO weeks as columns, promotions as bars. */
export const CalendarGrid = ({ groups, weeks, now, today, onTrackWidth, ...rest }: Props) => {
  const translate = useTranslate();
  return (
    <Card data-testid="promotion-calendar-grid" sx={{ overflow: 'visible' }}>
      <Header weeks={weeks} now={now} today={today} locale={rest.locale} onTrackWidth={onTrackWidth} />
      <Box sx={{ position: 'relative' }}>
        <Background weeks={weeks} now={now} />
        {groups.map((g) => (
          <Box key={g.type} role="rowgroup" data-testid={`calendar-group-${g.type}`}>
            <Box sx={{ position: 'relative', zIndex: 2, display: 'flex', alignItems: 'baseline', gap: 1, px: 1.5, py: 0.5, bgcolor: '#f4f6f8', borderBottom: `1px solid ${LINE}` }}>
              <Typography variant="subtitle2" sx={{ fontWeight: 700 }}>{translate(`rx.promotionCalendar.groups.${g.type}`)}</Typography>
              <Typography variant="caption" color="text.secondary">{translate('rx.promotionCalendar.channel_count', { smart_count: g.rows.length })}</Typography>
            </Box>
            {g.rows.map((row) => <Row key={row.channel.id} row={row} {...rest} />)}
          </Box>
        ))}
      </Box>
    </Card>
  );
};
