import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useIntlLocale } from '../common/useIntlLocale';
import { ChartCard } from './ChartCard';
import { drill } from './drill';
import { formatRate } from './series';
import type { ComplianceSummary } from './types';

/** Each channel's compliance over the period: who operates it, how much was observed, the rate; a row opens its violations. */
export const ChannelTable = ({ summary }: { summary?: ComplianceSummary }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`rx.compliance.channels.${key}`);
  const locale = useIntlLocale();
  const navigate = useNavigate();
  const channels = summary?.channels ?? [];
  return (
    <ChartCard title={t('title')} loading={!summary} empty={summary && !channels.length && t('empty')} height={320} testId="compliance-channels">
      <Table size="small" sx={{ '& td, & th': { px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('channel')}</TableCell>
            <TableCell>{t('operated_by')}</TableCell>
            <TableCell align="right">{t('observations')}</TableCell>
            <TableCell align="right">{t('rate')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {channels.map((c) => (
            <TableRow key={c.channel_id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(drill.channel(c.channel_id))} data-testid="compliance-channel-row">
              <TableCell sx={{ maxWidth: 200, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={c.name}>{c.name}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`rx.compliance.operated_by.${c.operated_by}`)}</TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>{c.observations.toLocaleString(locale)}</TableCell>
              <TableCell align="right" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{formatRate(c.rate, locale)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ChartCard>
  );
};
