import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Autocomplete, Box, Button, ButtonGroup, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { addDays } from '../sales/calendar';
import { defaultFrom, STEP_WEEKS, WEEK_CHOICES, type CalendarView } from './calendarPath';
import { formatPeriod } from './timing';
import type { CalendarChannel } from './types';
import type { WeekColumn } from './weeks';

interface Props {
  view: CalendarView;
  update: (patch: Partial<CalendarView>) => void;
  weeks: WeekColumn[];
  today: string;
  channels: CalendarChannel[];
  timeZone: string;
  locale: string;
}

/** Moving through the weeks (earlier, today, later; how many) and the channel filter. */
export const CalendarToolbar = ({ view, update, weeks, today, channels, timeZone, locale }: Props) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.promotionCalendar.${key}`, options);
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  const picked = channels.filter((c) => view.channels.includes(c.id));
  return (
    <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap" alignItems="center" sx={{ mb: 1.5 }}>
      <ButtonGroup variant="outlined" aria-label={t('title')} sx={{ height: 46, mt: '4px', '& .MuiButton-root': { minWidth: 40, px: 1 } }}>
        <Tooltip title={t('previous')}>
          <Button aria-label={t('previous')} data-testid="calendar-previous" onClick={() => update({ from: addDays(view.from, -7 * STEP_WEEKS) })}><ChevronLeftIcon /></Button>
        </Tooltip>
        <Button data-testid="calendar-today" onClick={() => update({ from: defaultFrom(today) })} disabled={view.from === defaultFrom(today)} sx={{ '&&': { px: 2 } }}>{t('today')}</Button>
        <Tooltip title={t('next')}>
          <Button aria-label={t('next')} data-testid="calendar-next" onClick={() => update({ from: addDays(view.from, 7 * STEP_WEEKS) })}><ChevronRightIcon /></Button>
        </Tooltip>
      </ButtonGroup>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, minWidth: 0 }} data-testid="calendar-range">
        {formatPeriod(new Date(first.startMs).toISOString(), new Date(last.endMs).toISOString(), timeZone, locale)}
      </Typography>
      <TextField select size="small" label={t('weeks_shown')} value={view.weeks} onChange={(e) => update({ weeks: Number(e.target.value) })} sx={{ width: 120 }}
        data-testid="calendar-weeks">
        {WEEK_CHOICES.map((n) => <MenuItem key={n} value={n}>{t('weeks', { smart_count: n })}</MenuItem>)}
      </TextField>
      <Box sx={{ flex: 1 }} />
      <Autocomplete
        multiple size="small" limitTags={1} options={channels} value={picked} sx={{ width: 280 }}
        groupBy={(c) => t(`groups.${c.type}`)}
        getOptionLabel={(c) => c.name}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        onChange={(_, value) => update({ channels: value.map((c) => c.id) })}
        renderInput={(params) => <TextField {...params} label={t('channels')} placeholder={picked.length ? undefined : t('all_channels')} />}
        data-testid="calendar-channel-filter"
      />
    </Stack>
  );
};
