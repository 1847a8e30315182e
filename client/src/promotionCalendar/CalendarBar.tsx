import WarningIcon from '@mui/icons-material/WarningRounded';
import { Box, Tooltip, Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { CONFLICT_COLOR, stateStyle, TYPE_COLORS } from './barStyle';
import type { PlacedBar } from './calendarLayout';
import { promotionShowPath } from './calendarPath';
import { BAR_FONT_PX, MAX_LABEL_PX } from './labelWidth';
import { formatPeriod, stockOf } from './timing';

export const BAR_HEIGHT = 22;
export const LANE_GAP = 4;

interface Props {
  bar: PlacedBar;
  /** Names of the promotions by id, for the conflict line of the tooltip. */
  names: Map<number, string>;
  timeZone: string;
  locale: string;
  top: number;
}

const TipLine = ({ children }: { children: React.ReactNode }) => <Typography variant="caption" component="div">{children}</Typography>;

/**
 * One promotion on one channel's row: coloured by type, styled by state, a red edge and mark when
 * it conflicts with another there. A link: Tab reaches it, Enter or a click opens its show page.
 */
export const CalendarBar = memo(({ bar, names, timeZone, locale, top }: Props) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.promotionCalendar.${key}`, options);
  const p = bar.promotion;
  const conflict = bar.conflictsWith.length > 0;
  const period = formatPeriod(p.start_at, p.end_at, timeZone, locale);
  const stock = p.type === 'flash_sale' ? stockOf(p.items) : null;
  const typeText = t(`types.${p.type}`);
  const stateText = t(`states.${p.state}`);
  const title = (
    <Box sx={{ py: 0.25 }}>
      <Typography variant="subtitle2" sx={{ fontWeight: 600 }}>{p.name}</Typography>
      <TipLine>{typeText} · {stateText}{p.stackable ? ` · ${t('tip.stackable')}` : ''}</TipLine>
      <TipLine>{t('tip.period')}: {period}</TipLine>
      {!!p.slots?.length && <TipLine>{t('tip.slots')}: {p.slots.map((s) => `${s.start}–${s.end}`).join(', ')}</TipLine>}
      <TipLine>{t('tip.items', { smart_count: p.items.length })} · {t('tip.channels', { smart_count: p.channel_ids.length })}</TipLine>
      {stock && <TipLine>{t('tip.stock', { sold: stock.sold.toLocaleString(locale), limit: stock.limit.toLocaleString(locale) })}</TipLine>}
      {bar.clippedStart && <TipLine>← {t('tip.continues_before')}</TipLine>}
      {bar.clippedEnd && <TipLine>{t('tip.continues_after')} →</TipLine>}
      {p.created_by_name && <TipLine>{t('tip.created_by', { name: p.created_by_name })}</TipLine>}
      {conflict && (
        <Typography variant="caption" component="div" sx={{ mt: 0.5, color: '#ffcdd2', fontWeight: 600 }}>
          {t('tip.conflicts', { names: bar.conflictsWith.map((id) => names.get(id) ?? `#${id}`).join(locale.startsWith('zh') ? '、' : ', ') })}
        </Typography>
      )}
    </Box>
  );
  const mark = conflict && <WarningIcon sx={{ fontSize: 14, color: p.state === 'running' && bar.labelSide === 'inside' ? '#fff' : CONFLICT_COLOR, flexShrink: 0 }} />;
  const name = (
    <>
      {mark}
      {bar.clippedStart && <span aria-hidden>‹</span>}
      <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', flex: 1, minWidth: 0 }}>{p.name}</Box>
      {bar.clippedEnd && <span aria-hidden>›</span>}
    </>
  );
  const labelColor = ['rejected', 'cancelled', 'ended'].includes(p.state) ? '#607d8b' : TYPE_COLORS[p.type]?.dark;
  return (
    <Tooltip title={title} placement="top" arrow enterDelay={150} disableInteractive>
      <Box
        component={Link}
        to={promotionShowPath(p.id)}
        data-testid={`calendar-bar-${p.id}`}
        data-state={p.state}
        data-conflict={conflict ? 'true' : undefined}
        aria-label={[p.name, typeText, stateText, period, conflict ? t('conflict_aria') : ''].filter(Boolean).join(', ')}
        sx={[
          {
            position: 'absolute', top, height: BAR_HEIGHT, left: `${bar.left * 100}%`, width: `calc(${bar.width * 100}% - 2px)`, ml: '1px',
            display: 'flex', alignItems: 'center', gap: 0.25, px: 0.5, boxSizing: 'border-box', overflow: bar.labelSide === 'inside' ? 'hidden' : 'visible',
            borderRadius: '5px', textDecoration: 'none', fontSize: BAR_FONT_PX, lineHeight: `${BAR_HEIGHT - 4}px`, whiteSpace: 'nowrap', zIndex: 1,
            transition: 'box-shadow 120ms',
            '&:hover': { boxShadow: '0 2px 6px rgba(0,0,0,0.25)', zIndex: 2 },
            '&:focus-visible': { outline: '3px solid #1e4e79', outlineOffset: 1, zIndex: 3 },
          },
          stateStyle(p.type, p.state),
          bar.clippedStart && { borderTopLeftRadius: 0, borderBottomLeftRadius: 0 },
          bar.clippedEnd && { borderTopRightRadius: 0, borderBottomRightRadius: 0 },
          conflict && { outline: `2px solid ${CONFLICT_COLOR}`, outlineOffset: '1px' },
        ]}
      >
        {bar.labelSide === 'inside' ? name : (
          <Box component="span" sx={{
            position: 'absolute', top: 0, display: 'flex', alignItems: 'center', gap: 0.25, maxWidth: MAX_LABEL_PX, height: '100%', px: 0.5,
            borderRadius: 1, bgcolor: 'rgba(255,255,255,0.88)', color: labelColor, fontWeight: 500, textDecoration: 'inherit',
            ...(bar.labelSide === 'right' ? { left: '100%', ml: '3px' } : { right: '100%', mr: '3px' }),
          }}>
            {name}
          </Box>
        )}
      </Box>
    </Tooltip>
  );
});
CalendarBar.displayName = 'CalendarBar';
