import CheckIcon from '@mui/icons-material/Check';
import WarningIcon from '@mui/icons-material/WarningRounded';
import { Box, Chip, FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PROMOTION_TYPES, type PromotionState, type PromotionType } from '../../../shared/promotions';
import { CONFLICT_COLOR, stateStyle, TODAY_COLOR, TYPE_COLORS } from './barStyle';
import type { CalendarView } from './calendarPath';

const SAMPLE_STATES: PromotionState[] = ['draft', 'pending', 'scheduled', 'running', 'ended'];

/** The type filter (its chips double as the colour key), the switch for closed promotions, and the key to the states. */
export const CalendarLegend = ({ view, update }: { view: CalendarView; update: (patch: Partial<CalendarView>) => void }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`rx.promotionCalendar.${key}`);
  const shown = (type: PromotionType) => !view.types.length || view.types.includes(type);
  const toggle = (type: PromotionType) => {
    const next = PROMOTION_TYPES.filter((x) => (x === type ? !shown(x) : shown(x)));
    update({ types: next.length === PROMOTION_TYPES.length || !next.length ? [] : next });
  };
  return (
    <Stack direction="row" spacing={2.5} useFlexGap flexWrap="wrap" alignItems="center" sx={{ mb: 1.5 }} data-testid="calendar-legend">
      <Stack direction="row" spacing={0.75} alignItems="center" role="group" aria-label={t('types_label')}>
        <Typography variant="caption" color="text.secondary" sx={{ mr: 0.25 }}>{t('types_label')}</Typography>
        {PROMOTION_TYPES.map((type) => {
          const c = TYPE_COLORS[type];
          const on = shown(type);
          return (
            <Chip key={type} size="small" clickable onClick={() => toggle(type)} aria-pressed={on} data-testid={`calendar-type-${type}`}
              icon={on ? <CheckIcon sx={{ '&&': { color: c.dark, fontSize: 16 } }} /> : <Box component="span" sx={{ width: 10, height: 10, borderRadius: '3px', bgcolor: c.main, ml: '8px !important' }} />}
              label={t(`types.${type}`)}
              sx={on ? { bgcolor: c.light, color: c.dark, fontWeight: 600, border: `1px solid ${c.main}`, '&:hover': { bgcolor: c.light } } : { bgcolor: 'transparent', border: '1px solid #cfd8dc', color: 'text.secondary' }}
            />
          );
        })}
      </Stack>
      <FormControlLabel
        sx={{ ml: 0 }}
        control={<Switch size="small" checked={view.closed} onChange={(e) => update({ closed: e.target.checked })} data-testid="calendar-show-closed" />}
        label={<Typography variant="caption">{t('show_closed')}</Typography>}
      />
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="caption" color="text.secondary">{t('states_label')}</Typography>
        {SAMPLE_STATES.map((state) => (
          <Stack key={state} direction="row" spacing={0.5} alignItems="center">
            <Box sx={[{ width: 22, height: 12, borderRadius: '3px', boxSizing: 'border-box' }, stateStyle('limited_discount', state)]} />
            <Typography variant="caption">{t(`states.${state}`)}</Typography>
          </Stack>
        ))}
        <Stack direction="row" spacing={0.5} alignItems="center">
          <Box sx={{ width: 22, height: 12, borderRadius: '3px', bgcolor: '#fff', outline: `2px solid ${CONFLICT_COLOR}`, outlineOffset: '1px', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
            <WarningIcon sx={{ fontSize: 10, color: CONFLICT_COLOR }} />
          </Box>
          <Typography variant="caption">{t('conflict')}</Typography>
        </Stack>
        <Stack direction="row" spacing={0.5} alignItems="center">
          <Box sx={{ width: 2, height: 14, bgcolor: TODAY_COLOR }} />
          <Typography variant="caption">{t('now')}</Typography>
        </Stack>
      </Stack>
    </Stack>
  );
};
