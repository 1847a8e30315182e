import DownloadIcon from '@mui/icons-material/Download';
import { Alert, AlertTitle, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatCny } from '../../../shared/money';
import { renderServerMessage } from '../../../shared/server-messages';
import { reportPath } from '../salesReport/reportPath';
import { salesImportApi, type ImportApi, type SalesImportJob } from './api';
import { ObservationResult } from './ObservationResult';
import { RowErrorTable } from './RowErrorTable';

interface Props {
  /** Where the job lives: sales imports unless told. */
  api?: ImportApi;
  job: SalesImportJob;
  busy: boolean;
  /** Answers "replace the period?" (true) or adds the file beside it (false). */
  onAnswer(replace: boolean): void;
  onRetry?(): void;
  onChangeMapping?(): void;
}

/** A running import's progress, the replace question, the result with links to what it changed, or why it stopped. */
export const RunStep = ({ api = salesImportApi, job, busy, onAnswer, onRetry, onChangeMapping }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, options?: object) => translate(`rx.salesData.${key}`, options);
  const money = (yuan: number) => formatCny(yuan, locale === 'zh' ? 'zh-CN' : 'en-US');

  if (job.status === 'running' || job.status === 'uploading') {
    const staged = job.processed_rows >= job.total_rows;
    const percent = job.total_rows ? Math.min(100, (job.processed_rows / job.total_rows) * 100) : 0;
    return (
      <Stack spacing={1} sx={{ py: 2 }}>
        <LinearProgress variant={staged ? 'indeterminate' : 'determinate'} value={percent} data-testid="sales-import-progress" />
        <Typography variant="body2" color="text.secondary">
          {staged ? t(job.kind === 'observations' ? 'observations.applying' : 'applying') : t('progress', { done: job.processed_rows.toLocaleString(), total: job.total_rows.toLocaleString() })}
        </Typography>
      </Stack>
    );
  }
  if (job.status === 'confirm' && job.period) {
    const p = job.period;
    return (
      <Alert severity="warning" data-testid="sales-import-period">
        <AlertTitle>{t('period_title')}</AlertTitle>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('period_text', {
            from: p.from, to: p.to, existing_orders: p.existing_orders.toLocaleString(), existing_amount: money(p.existing_amount),
            file_orders: p.file_orders.toLocaleString(), file_amount: money(p.file_amount), stale: p.stale_orders.toLocaleString(),
          })}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>{t('replace_help')}</Typography>
        <Stack direction="row" spacing={1}>
          <Button variant="contained" color="warning" disabled={busy} onClick={() => onAnswer(true)} data-testid="sales-import-replace">{t('replace')}</Button>
          <Button variant="outlined" disabled={busy} onClick={() => onAnswer(false)}>{t('keep')}</Button>
        </Stack>
      </Alert>
    );
  }
  if (job.status === 'done' && job.kind === 'observations') return <ObservationResult job={job} />;
  if (job.status === 'done') {
    const counts = (['created', 'updated', 'unchanged', 'replaced'] as const).filter((k) => k !== 'replaced' || job.replaced > 0);
    const flow = job.kind === 'sell_through' ? 'sell_out' : 'sell_in';
    const filter: Record<string, unknown> = { channel_id: job.channel_id, flow };
    if (job.period) Object.assign(filter, { date_gte: job.period.from, date_lte: job.period.to });
    const report = reportPath({ group_by: ['customer_type'], filter });
    const orders = `/orders?${new URLSearchParams({ filter: JSON.stringify({ channel_id: job.channel_id, flow }), sort: 'ordered_at', order: 'DESC' })}`;
    return (
      <Stack spacing={2} data-testid="sales-import-result">
        <Alert severity="success">{t('done_title')}: {job.file_name}</Alert>
        <Box sx={{ display: 'grid', gridTemplateColumns: `repeat(${counts.length}, minmax(0, 1fr))`, gap: 2 }}>
          {counts.map((key) => (
            <Box key={key} sx={{ p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
              <Typography variant="h5">{job[key].toLocaleString()}</Typography>
              <Typography variant="body2" color="text.secondary">{t(`result.${key}`)}</Typography>
            </Box>
          ))}
        </Box>
        <Stack direction="row" spacing={1}>
          <Button component={Link} to={report} variant="contained" data-testid="sales-import-open-report">{t('open_report')}</Button>
          <Button component={Link} to={orders}>{t('open_orders')}</Button>
        </Stack>
      </Stack>
    );
  }
  // failed or expired: row errors (nothing written), or the reason it stopped
  return (
    <Stack spacing={2} data-testid="sales-import-failed">
      {job.row_errors.length > 0 ? (
        <>
          <Alert
            severity="error"
            action={(
              <Button color="inherit" size="small" startIcon={<DownloadIcon />} href={api.errorsUrl(job.id)} download>
                {t('download_errors')}
              </Button>
            )}
          >
            {t('failed_rows', { smart_count: job.failed_rows })}
          </Alert>
          <RowErrorTable errors={job.row_errors} />
        </>
      ) : (
        <Alert severity="error">
          {t('failed', { message: job.error ? renderServerMessage(locale, job.error.key, job.error.params) ?? job.error.key : job.status })}
        </Alert>
      )}
      <Stack direction="row" spacing={1}>
        {onChangeMapping && <Button variant="outlined" onClick={onChangeMapping}>{t('back_to_mapping')}</Button>}
        {onRetry && job.status === 'failed' && <Button variant="contained" disabled={busy} onClick={onRetry}>{t('retry')}</Button>}
      </Stack>
    </Stack>
  );
};
