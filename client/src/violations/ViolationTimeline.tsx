import AssignIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import CommentIcon from '@mui/icons-material/ChatBubbleOutline';
import EyeIcon from '@mui/icons-material/VisibilityOutlined';
import FlagIcon from '@mui/icons-material/FlagOutlined';
import GavelIcon from '@mui/icons-material/GavelOutlined';
import RepeatIcon from '@mui/icons-material/RepeatOutlined';
import ReplayIcon from '@mui/icons-material/ReplayOutlined';
import ResolveIcon from '@mui/icons-material/TaskAltOutlined';
import WaiveIcon from '@mui/icons-material/DoNotDisturbAltOutlined';
import { Box, Link, Stack, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { useTranslate } from 'react-admin';
import { formatCny } from '../../../shared/money';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { useIntlLocale } from '../common/useIntlLocale';
import { formatInstant } from '../promotionResults/format';
import type { ViolationEvent, ViolationEventKind } from './types';

const ICONS: Record<ViolationEventKind, ReactElement> = {
  opened: <FlagIcon fontSize="small" />,
  occurrence: <RepeatIcon fontSize="small" />,
  acknowledged: <EyeIcon fontSize="small" />,
  resolved: <ResolveIcon fontSize="small" />,
  auto_resolved: <ResolveIcon fontSize="small" />,
  waived: <WaiveIcon fontSize="small" />,
  reopened: <ReplayIcon fontSize="small" />,
  assigned: <AssignIcon fontSize="small" />,
  comment: <CommentIcon fontSize="small" />,
  grounds: <GavelIcon fontSize="small" />,
};
const TONES: Partial<Record<ViolationEventKind, string>> = {
  opened: 'error.main', reopened: 'error.main', resolved: 'success.main', auto_resolved: 'success.main', waived: 'text.secondary',
};

/** Complaint grounds as the server stores them in an event's note ("trademark,counterfeit"), in words. */
export const groundsText = (note: string, translate: (key: string, options?: object) => string) =>
  note.split(',').map((g) => translate(`resources.violations.choices.grounds.${g.trim()}`, { _: g })).join(translate('rx.violations.separator'));

/** Links of an occurrence: its evidence file (GET /api/evidence/:id) and the store page it was seen on. */
const ObservationLinks = ({ event }: { event: ViolationEvent }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap" sx={{ mt: 0.25, minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary">
        {translate('rx.violations.event.observation', { id: event.observation_id })}{event.store_name ? ` · ${event.store_name}` : ''}
      </Typography>
      {event.evidence_id && (
        <Link variant="caption" href={`/api/evidence/${event.evidence_id}`} target="_blank" rel="noopener" data-testid="event-evidence">
          {translate('rx.violations.event.evidence')}
        </Link>
      )}
      {event.url && (
        <Link variant="caption" href={event.url} target="_blank" rel="noopener noreferrer" title={event.url}
          sx={{ maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {event.url}
        </Link>
      )}
    </Stack>
  );
};

/** The violation's history, newest first: who did what and when; occurrences with the price seen and their evidence. */
export const ViolationTimeline = ({ events }: { events: ViolationEvent[] }) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const timeZone = useCompanyTimeZone();
  if (!events.length) return <Typography variant="body2" color="text.secondary">{translate('rx.violations.event.none')}</Typography>;
  return (
    <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="violation-timeline">
      {events.map((event, i) => (
        <Box component="li" key={event.id} sx={{ display: 'flex', gap: 1.5 }} data-testid={`event-${event.kind}`}>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
            <Box sx={{ color: TONES[event.kind] ?? 'primary.main', display: 'flex', p: 0.5, borderRadius: '50%', bgcolor: 'action.hover' }}>{ICONS[event.kind]}</Box>
            {i < events.length - 1 && <Box sx={{ flex: 1, width: '1px', bgcolor: 'divider', my: 0.5 }} />}
          </Box>
          <Box sx={{ pb: 2, minWidth: 0, flex: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {translate(`rx.violations.event.${event.kind}`, { _: event.kind })}
              {event.actual !== null && ` · ${translate('rx.violations.event.at_price', { price: formatCny(event.actual, locale) })}`}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {formatInstant(event.at, locale, timeZone)} · {event.user_name ?? translate('rx.violations.event.system')}
            </Typography>
            {event.note && (
              <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {event.kind === 'grounds' ? groundsText(event.note, translate) : event.note}
              </Typography>
            )}
            {event.observation_id !== null && <ObservationLinks event={event} />}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
