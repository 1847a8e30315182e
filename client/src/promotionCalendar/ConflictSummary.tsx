import { Alert, AlertTitle, Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useIntlLocale } from '../common/useIntlLocale';
import { conflictPairs, type CalendarGroup } from './calendarLayout';
import { promotionShowPath } from './calendarPath';

const SHOWN = 4;

/** Above the grid: how many promotions conflict, and which pairs on which channel (the first few), each name a link. */
export const ConflictSummary = ({ groups, names }: { groups: CalendarGroup[]; names: Map<number, string> }) => {
  const translate = useTranslate();
  const colon = useIntlLocale().startsWith('zh') ? '：' : ': ';
  const pairs = conflictPairs(groups);
  if (!pairs.length) return null;
  const promotions = new Set(pairs.flatMap((p) => [p.a, p.b])).size;
  const link = (id: number) => <Box component={Link} to={promotionShowPath(id)} sx={{ color: 'inherit', fontWeight: 600 }}>{names.get(id) ?? `#${id}`}</Box>;
  return (
    <Alert severity="error" variant="outlined" sx={{ mb: 1.5, py: 0.25 }} data-testid="calendar-conflicts">
      <AlertTitle sx={{ mb: 0.25, fontSize: 14 }}>{translate('rx.promotionCalendar.conflicts_found', { smart_count: promotions })}</AlertTitle>
      {pairs.slice(0, SHOWN).map((p) => (
        <Box key={`${p.channel.id}-${p.a}-${p.b}`} sx={{ fontSize: 13 }}>
          {p.channel.name}{colon}{link(p.a)} ⇄ {link(p.b)}
        </Box>
      ))}
      {pairs.length > SHOWN && <Box sx={{ fontSize: 13 }}>{translate('rx.promotionCalendar.more_conflicts', { smart_count: pairs.length - SHOWN })}</Box>}
    </Alert>
  );
};
