import { Alert, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useGetList, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { useIntlLocale } from '../common/useIntlLocale';
import { SectionTitle } from '../common/SectionTitle';
import { BreachesField } from './BreachesField';
import type { ObservationRecord } from './types';

interface Violation { id: number; kind: string; expected: number | null; actual: number | null; gap_pct: number | null; severity: string; status: string }

const SEVERITY_COLORS = { low: 'default', medium: 'warning', high: 'error' } as const;

/** What the check found for this observation, and the cases it opened or joined (open ones for the same SKU, channel and store). */
export const EvaluationPanel = () => {
  const record = useRecordContext<ObservationRecord>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  const createPath = useCreatePath();
  const t = (key: string, options?: object) => translate(`resources.price-observations.evaluation.${key}`, options);
  const { data: channel } = useGetOne<{ id: number; operated_by?: string }>('channels', { id: record?.channel_id }, { enabled: !!record });
  const filter = record ? { sku_id: record.sku_id, channel_id: record.channel_id, ...(record.seller_id ? { seller_id: record.seller_id } : {}), status: ['open', 'acknowledged'] } : {};
  const { data: cases = [] } = useGetList<Violation>('violations', { filter, pagination: { page: 1, perPage: 10 }, sort: { field: 'last_seen_at', order: 'DESC' } },
    { enabled: !!record && !record.compliant });
  if (!record) return null;
  const yuan = (v: number | null) => (v == null ? '—' : new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(v));
  const found = record.breaches?.length ?? 0;
  return (
    <Stack spacing={1} data-testid="evaluation-panel">
      <SectionTitle label="resources.price-observations.evaluation.title" />
      {record.compliant
        ? <Alert severity="success">{t('compliant')}</Alert>
        : (
          <Alert severity={channel?.operated_by === 'partner' ? 'info' : 'error'}>
            <Typography variant="body2" sx={{ mb: 1 }}>{t('breaches', { smart_count: found })}</Typography>
            <BreachesField />
            {channel?.operated_by === 'partner' && <Typography variant="body2" sx={{ mt: 1 }}>{t('partner_note')}</Typography>}
          </Alert>
        )}
      {!record.compliant && (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ pt: 1 }}>{t('violations')}</Typography>
          {cases.length === 0 ? <Typography variant="body2">{t('no_violations')}</Typography> : (
            <Table size="small" sx={{ maxWidth: 900 }}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.price-observations.fields.breaches')}</TableCell>
                  <TableCell align="right">{t('expected')}</TableCell>
                  <TableCell align="right">{t('actual')}</TableCell>
                  <TableCell align="right">{t('gap')}</TableCell>
                  <TableCell>{t('severity')}</TableCell>
                  <TableCell>{t('status')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {cases.map((v) => (
                  <TableRow key={v.id}>
                    <TableCell>{translate(`resources.price-observations.choices.breaches.${v.kind}`, { _: v.kind })}</TableCell>
                    <TableCell align="right">{yuan(v.expected)}</TableCell>
                    <TableCell align="right">{yuan(v.actual)}</TableCell>
                    <TableCell align="right">{v.gap_pct == null ? '—' : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v.gap_pct)}%`}</TableCell>
                    <TableCell>
                      <Chip size="small" color={SEVERITY_COLORS[v.severity as keyof typeof SEVERITY_COLORS] ?? 'default'} label={t(`severities.${v.severity}`)} />
                    </TableCell>
                    <TableCell>{t(`statuses.${v.status}`)}</TableCell>
                    <TableCell><Link to={createPath({ resource: 'violations', id: v.id, type: 'show' })}>{t('open_case')}</Link></TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
};
